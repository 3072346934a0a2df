import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe with the WCAG 2.0/2.1 A and AA rules, as every browser test scans. Only violations are reported in full: axe
 * then skips building a unique selector for every node that passes (its slowest step on a large page), and the
 * violations it finds are the same.
 */
export function wcagAxe(page: Page): AxeBuilder {
  // options() replaces every option set before it (withTags sets runOnly): it comes first.
  return new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
}
