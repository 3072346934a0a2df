import type { StatementService, StoredStatement } from './statement-service.mjs';

export interface Cmi5Session {
  readonly id: string;
  readonly token: string;
  readonly actor: { readonly objectType: 'Agent'; readonly account: { readonly homePage: string; readonly name: string } };
  readonly registration: string;
  readonly activityId: string;
  readonly launchData: Record<string, unknown>;
  /** What the AU sent in this session, as accepted, in timestamp order per request. */
  readonly received: StoredStatement[];
  readonly terminated: boolean;
}

export interface Cmi5Lms {
  readonly origin: string;
  readonly course: { readonly auId: string; readonly moveOn: string; readonly launchMethod: string; readonly url: string };
  readonly violations: string[];
  readonly requests: { method: string; path: string; authorization: string | null }[];
  fetchCalls(): number[];
  launch(options?: {
    actor?: Cmi5Session['actor'];
    launchMode?: 'Normal' | 'Browse' | 'Review';
  }): Promise<{ url: string; session: Cmi5Session }>;
  close(): Promise<void>;
}

export function readCourse(xml: string): Cmi5Lms['course'];
export function startCmi5Lms(options: { zip: Uint8Array; store: StatementService; host?: string }): Promise<Cmi5Lms>;
