export interface TeamChoice {
  id: string;
  name: string;
  timezone: string;
}
