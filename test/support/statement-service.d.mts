export interface StoredStatement {
  readonly id: string;
  readonly actor: { readonly account?: { readonly homePage: string; readonly name: string } };
  readonly verb: { readonly id: string };
  readonly object: { readonly id: string };
  readonly result?: Record<string, unknown>;
  readonly context?: {
    readonly registration?: string;
    readonly contextActivities?: Record<string, readonly { readonly id: string }[]>;
    readonly extensions?: Record<string, unknown>;
  };
  readonly timestamp: string;
}

export interface StatementService {
  readonly origin: string;
  /** The xAPI endpoint, ending in '/'. */
  readonly endpoint: string;
  forward(method: string, pathAndQuery: string, body?: string): Promise<Response>;
  statements(query?: Record<string, string>): Promise<StoredStatement[]>;
  close(): Promise<void>;
}

export function startStatementService(options?: { timeoutMs?: number }): Promise<StatementService>;
