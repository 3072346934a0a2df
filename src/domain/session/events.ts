/** The session's event vocabulary: dotted names, the same in machine, views, saves and tests. */
export type SessionEvent =
  | { readonly type: 'casus.begin' }
  | { readonly type: 'choice.selected'; readonly optionId: string }
  | { readonly type: 'kassabon.revealed' }
  | { readonly type: 'moment.continue' }
  | { readonly type: 'session.restart' };
