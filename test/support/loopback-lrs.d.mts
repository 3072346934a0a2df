export interface StoredStatement {
  readonly id: string;
  readonly verb: { readonly id: string };
  readonly actor: { readonly account: { readonly name: string; readonly homePage: string } };
  readonly object: { readonly id: string };
  readonly result?: {
    readonly response?: string;
    readonly score?: { readonly scaled: number; readonly raw: number };
    readonly extensions?: Record<string, unknown>;
    readonly completion?: boolean;
  };
  readonly context?: { readonly registration?: string };
  readonly stored: string;
  readonly [key: string]: unknown;
}

export interface LoopbackLrs {
  readonly origin: string;
  readonly endpoint: string;
  readonly key: string;
  readonly secret: string;
  readonly statements: StoredStatement[];
  readonly rejected: { statement: unknown; problems: string[] }[];
  readonly requests: { method: string; path: string; origin?: string }[];
  close(): Promise<void>;
}

export function startLoopbackLrs(options?: { key?: string; secret?: string; port?: number; pageSize?: number }): Promise<LoopbackLrs>;
