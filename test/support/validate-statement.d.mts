export function statementProblems(statement: unknown): string[];
