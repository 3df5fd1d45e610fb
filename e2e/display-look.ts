import type { Locator } from '@playwright/test';

/** WCAG relative luminance of a computed `rgb(r, g, b)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two computed colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** How a wall display row looks, as the browser computed it. */
export async function rowLook(row: Locator) {
  return row.evaluate((li) => {
    const style = (testId: string) => getComputedStyle(li.querySelector(`[data-testid="${testId}"]`)!);
    return {
      background: getComputedStyle(li).backgroundColor,
      color: getComputedStyle(li).color,
      waitPx: parseFloat(style('display-wait').fontSize),
      levelPx: parseFloat(style('display-level').fontSize),
      label: li.querySelector('[data-testid="display-name"]')!.textContent ?? '',
      level: li.querySelector('[data-testid="display-level"]')!.textContent ?? '',
      levelIcon: li.querySelector('[data-testid="display-level"] svg') !== null,
    };
  });
}

/** A PNG's width in pixels, from its header. */
export const pngWidth = (png: Buffer) => png.readUInt32BE(16);
