import type { Server } from 'node:http';

export const CONTENT_TYPES: Record<string, string>;
export function serveStatic(options: {
  root: string;
  prefix?: string;
  port?: number;
  host?: string;
  gzip?: boolean;
}): Promise<{ server: Server; url: string }>;
