declare module 'virtual:casus-library' {
  import type { ScenarioLibrary } from './app/scenario-library.ts';
  const library: ScenarioLibrary;
  export default library;
}

declare module 'virtual:casus/*' {
  import type { Scenario } from './domain/scenario/model.ts';
  const scenario: Scenario;
  export default scenario;
}

declare module 'virtual:payer-catalogue' {
  import type { PayerCatalogue } from './authoring/payer-catalogue.ts';
  const catalogue: PayerCatalogue;
  export default catalogue;
}

declare module 'virtual:source-catalogue' {
  import type { SourceCatalogue } from './authoring/check-documents.ts';
  const documents: SourceCatalogue;
  export default documents;
}

declare module 'virtual:standard-tariffs' {
  import type { TariffCatalogue } from './authoring/tariff-catalogue.ts';
  const catalogue: TariffCatalogue | null;
  export default catalogue;
}

declare module 'virtual:shared-files' {
  import type { BundledSharedFiles } from './authoring/browser/bundled-library.ts';
  const files: BundledSharedFiles;
  export default files;
}
