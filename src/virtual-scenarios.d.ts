declare module 'virtual:casus-library' {
  import type { CasusLibrary } from './app/casus-library.ts';
  const library: CasusLibrary;
  export default library;
}

declare module 'virtual:casus/*' {
  import type { Scenario } from './domain/scenario/model.ts';
  const scenario: Scenario;
  export default scenario;
}
