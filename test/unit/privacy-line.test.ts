import { describe, expect, it } from 'vitest';
import { privacyLine, type ReportingDestinations } from '../../src/ui/components/privacy-line.ts';

const none: ReportingDestinations = { lrs: false, lms: false, parent: null };

describe('the privacy line says exactly what goes where', () => {
  it('says nothing leaves the browser when nothing is configured', () => {
    expect(privacyLine('nl', none)).toBe('Dit spel stuurt niets naar buiten: je voortgang blijft in deze browser.');
    expect(privacyLine('en', none)).toBe('This game sends nothing anywhere: your progress stays in this browser.');
  });

  it('does not promise nothing while the config file is still being read', () => {
    expect(privacyLine('nl', { ...none, lrs: 'pending' })).toMatch(/kijkt nog .* tot die tijd gaat er niets naar buiten/);
    expect(privacyLine('en', { ...none, lrs: 'pending' })).toMatch(/still checking .* until then nothing leaves/);
  });

  it("names the school's LRS by its host, pseudonymous", () => {
    const lrs = { host: 'lrs.hogeschool.nl' };
    expect(privacyLine('nl', { ...none, lrs })).toBe(
      'Dit spel stuurt je keuzes en scores naar de leeromgeving (LRS) van je opleiding op lrs.hogeschool.nl, zonder je naam (je heet daar ‘speler-…’). Al het andere blijft in deze browser.',
    );
    expect(privacyLine('en', { ...none, lrs })).toMatch(
      /^This game sends your choices and scores to your school's learning record store \(LRS\) at lrs\.hogeschool\.nl, without your name/,
    );
  });

  it('names the LMS, where the trainee is known by their own account', () => {
    expect(privacyLine('nl', { ...none, lms: true })).toMatch(
      /naar de leeromgeving \(LMS\) die het spel opende, bij je account daar, met je voortgang\./,
    );
    expect(privacyLine('en', { ...none, lms: true })).toMatch(
      /to the learning environment \(LMS\) that opened the game, under your account there/,
    );
    expect(privacyLine('nl', { ...none, lms: true })).not.toMatch(/LRS|niets naar buiten/);
  });

  it('names the embedding page by its origin, or says any page may receive them', () => {
    expect(privacyLine('nl', { ...none, parent: 'https://elo.hogeschool.nl' })).toMatch(
      /naar de pagina waarin dit spel staat \(https:\/\/elo\.hogeschool\.nl\)\./,
    );
    expect(privacyLine('en', { ...none, parent: '*' })).toMatch(/to the page this game is embedded in, whichever page that is\./);
  });

  it('lists every destination when several are configured, in each language', () => {
    const all: ReportingDestinations = { lrs: { host: 'lrs.nl' }, lms: true, parent: 'https://elo.nl' };
    expect(privacyLine('nl', all)).toMatch(
      /^Dit spel stuurt je keuzes en scores naar de leeromgeving \(LRS\) .*\), de leeromgeving \(LMS\) .* en de pagina waarin dit spel staat \(https:\/\/elo\.nl\)\. Al het andere/,
    );
    expect(privacyLine('en', { ...all, parent: null })).toMatch(
      /\(LRS\) at lrs\.nl, without your name .* and the learning environment \(LMS\)/,
    );
    // A known destination is said even while the LRS is still being looked up.
    expect(privacyLine('en', { ...none, lrs: 'pending', lms: true })).toMatch(/\(LMS\)/);
  });
});
