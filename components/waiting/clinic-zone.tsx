'use client';
import { createContext, useContext } from 'react';

/** Each clinic's IANA zone by team id: times on the console are the clinic's, not the browser's. */
export const ClinicZones = createContext<ReadonlyMap<string, string>>(new Map());

/** The clinic's zone, or the browser's when the clinic is unknown (undefined lets Intl use it). */
export function useClinicZone(teamId: string): string | undefined {
  return useContext(ClinicZones).get(teamId);
}
