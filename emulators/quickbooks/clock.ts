// A clock that runs with real time but can be set or advanced, so tests can cross token expiry,
// due dates, CDC windows and rate-limit windows without waiting.
export interface Clock {
  now(): Date;
  set(d: Date): void;
  advance(ms: number): void;
}

export function createClock(start?: Date): Clock {
  let offset = start ? start.getTime() - Date.now() : 0;
  return {
    now: () => new Date(Date.now() + offset),
    set: (d) => {
      offset = d.getTime() - Date.now();
    },
    advance: (ms) => {
      offset += ms;
    },
  };
}
