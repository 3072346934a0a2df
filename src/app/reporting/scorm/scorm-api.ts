import type { LmsKind } from '../../launch-params.ts';

/** The calls both SCORM versions offer, under one set of names. Values are strings, as SCORM has them. */
export interface LmsConnection {
  readonly kind: LmsKind;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
}

interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSFinish(arg: ''): string;
}

interface Scorm2004Api {
  Initialize(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  Terminate(arg: ''): string;
}

const API_NAME: Record<LmsKind, 'API' | 'API_1484_11'> = { scorm12: 'API', scorm2004: 'API_1484_11' };
/** The SCORM run-time's advice: look at most this many frames up, then in the opener's. */
const MAX_HOPS = 10;

function apiIn(win: Window, name: string): unknown {
  try {
    return (win as unknown as Record<string, unknown>)[name] ?? null;
  } catch {
    return null; // a frame of another origin: not our LMS
  }
}

function search(start: Window | null, name: string): unknown {
  let win = start;
  for (let hop = 0; win && hop <= MAX_HOPS; hop++) {
    const api = apiIn(win, name);
    if (api) return api;
    if (win.parent === win) break;
    win = win.parent;
  }
  return null;
}

/** Finds the LMS's API object in this window, its parents, or its opener's; null when there is no LMS. */
export function findLmsApi(win: Window, kind: LmsKind): object | null {
  const name = API_NAME[kind];
  let opener: Window | null = null;
  try {
    opener = win.opener as Window | null;
  } catch {
    opener = null;
  }
  const api = search(win, name) ?? search(opener, name);
  return typeof api === 'object' ? api : null;
}

/** Initializes the found API; null when the LMS refuses. */
export function connect(api: object, kind: LmsKind): LmsConnection | null {
  if (kind === 'scorm12') {
    const lms = api as Scorm12Api;
    if (String(lms.LMSInitialize('')) !== 'true') return null;
    return {
      kind,
      get: (element) => String(lms.LMSGetValue(element) ?? ''),
      set: (element, value) => String(lms.LMSSetValue(element, value)) === 'true',
      commit: () => String(lms.LMSCommit('')) === 'true',
      finish: () => String(lms.LMSFinish('')) === 'true',
    };
  }
  const lms = api as Scorm2004Api;
  if (String(lms.Initialize('')) !== 'true') return null;
  return {
    kind,
    get: (element) => String(lms.GetValue(element) ?? ''),
    set: (element, value) => String(lms.SetValue(element, value)) === 'true',
    commit: () => String(lms.Commit('')) === 'true',
    finish: () => String(lms.Terminate('')) === 'true',
  };
}
