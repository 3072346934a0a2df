declare module 'virtual:scenarios' {
  import type { Scenario } from './domain/scenario/model.ts';
  const scenarios: readonly Scenario[];
  export default scenarios;
}
