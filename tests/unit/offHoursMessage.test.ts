import { describe, expect, it } from 'vitest';
import { nextOpening, type BusinessHours, type OpeningRange } from '../../src/schedule/businessHours.ts';
import { offHoursMessage, type OffHoursInput } from '../../src/schedule/offHoursMessage.ts';
import { readContinuationChoice } from '../../src/schedule/readContinuationChoice.ts';

const nineToFive: OpeningRange[] = [['09:00', '17:00']];
const berlin: BusinessHours = { timeZone: 'Europe/Berlin', weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive }, holidays: [] };
const saturdayBeforeTheChange = new Date('2026-10-24T18:00:00Z'); // 20:00 CEST; Monday opens at 09:00 CET
const base: OffHoursInput = {
  language: 'en',
  teamName: 'Billing',
  opensAt: nextOpening(berlin, saturdayBeforeTheChange),
  timeZone: 'Europe/Berlin',
  now: saturdayBeforeTheChange,
  emailAvailable: true,
  callbackAvailable: true,
};

/** Per language: the saved-summary words, the "Monday at 9:00" phrase, and the reply words. */
const languages = [
  ['en', 'saved a summary', 'on Monday at 09:00 (Europe/Berlin)', 'EMAIL', 'CALLBACK'],
  ['es', 'guardado un resumen', 'el lunes a las 9:00 (Europe/Berlin)', 'EMAIL', 'LLAMADA'],
  ['fr', 'enregistré un résumé', 'lundi à 9:00 (Europe/Berlin)', 'EMAIL', 'RAPPEL'],
  ['de', 'Zusammenfassung dieses Gesprächs gespeichert', 'am Montag um 9:00 (Europe/Berlin)', 'EMAIL', 'RÜCKRUF'],
  ['pt', 'Guardei um resumo', 'na segunda-feira às 9:00 (Europe/Berlin)', 'EMAIL', 'CHAMADA'],
  ['it', 'salvato un riepilogo', 'lunedì alle 9:00 (Europe/Berlin)', 'EMAIL', 'CHIAMATA'],
  ['nl', 'samenvatting van dit gesprek bewaard', 'op maandag om 9:00 (Europe/Berlin)', 'EMAIL', 'TERUGBELLEN'],
] as const;

describe('offHoursMessage', () => {
  it.each(languages)('%s: summary saved, DST-correct opening, both offers asked for', (language, saved, when, email, callback) => {
    const message = offHoursMessage({ ...base, language });
    expect(message.choices).toEqual(['email', 'callback']);
    expect(message.text).toContain(saved);
    expect(message.text).toContain(when);
    expect(message.text).toContain('Billing');
    expect(message.text).toContain(email);
    expect(message.text).toContain(callback);
    expect(readContinuationChoice(email)).toBe('email');
    expect(readContinuationChoice(callback)).toBe('callback');
  });

  it.each(languages)('%s: without email configured, email is neither offered nor asked for', (language, _saved, _when, email, callback) => {
    const callbackOnly = offHoursMessage({ ...base, language, emailAvailable: false });
    expect(callbackOnly.choices).toEqual(['callback']);
    expect(callbackOnly.text).not.toContain(email);
    expect(callbackOnly.text).toContain(callback);
    const nothing = offHoursMessage({ ...base, language, emailAvailable: false, callbackAvailable: false });
    expect(nothing.choices).toEqual([]);
    expect(nothing.text).not.toContain(email);
    expect(nothing.text).not.toContain(callback);
  });

  it('English, word for word, email only', () => {
    expect(offHoursMessage({ ...base, callbackAvailable: false })).toEqual({
      text:
        "Our Billing team is closed right now. I've saved a summary of this conversation, so you won't have to repeat anything. " +
        'A person will answer you here on Monday at 09:00 (Europe/Berlin). ' +
        "If you'd rather not wait here, we can continue by email. Reply EMAIL or choose the button below if you'd like that; we won't email you unless you ask.",
      choices: ['email'],
    });
    const nothing = offHoursMessage({ ...base, emailAvailable: false, callbackAvailable: false });
    expect(nothing.text).toMatch(/\(Europe\/Berlin\)\. You can close this window and come back later: the answer will be waiting in this conversation\.$/);
  });

  it('says today, tomorrow, a weekday or a date, counting days in the team zone', () => {
    const say = (now: string, opensAt: string, timeZone: string) => offHoursMessage({ ...base, now: new Date(now), opensAt: new Date(opensAt), timeZone }).text;
    // Sunday 23:00 in Sydney, Monday 09:00 AEDT: tomorrow there, though the same UTC date.
    expect(say('2026-03-01T12:00:00Z', '2026-03-01T22:00:00Z', 'Australia/Sydney')).toContain('tomorrow at 09:00 (Australia/Sydney)');
    expect(say('2026-03-09T03:00:00Z', '2026-03-09T04:30:00Z', 'Asia/Kolkata')).toContain('today at 10:00 (Asia/Kolkata)');
    // New York, Friday evening before the spring change: Monday 09:00 EDT is 13:00 UTC.
    const ny: BusinessHours = { ...berlin, timeZone: 'America/New_York' };
    const opensAt = nextOpening(ny, new Date('2026-03-06T23:00:00Z'))!;
    expect(opensAt.toISOString()).toBe('2026-03-09T13:00:00.000Z');
    expect(say('2026-03-06T23:00:00Z', opensAt.toISOString(), 'America/New_York')).toContain('on Monday at 09:00 (America/New_York)');
    expect(say('2026-03-06T23:00:00Z', '2026-03-20T13:00:00Z', 'America/New_York')).toMatch(/on March 20 at 09:00|on 20 March at 09:00/);
    expect(offHoursMessage({ ...base, language: 'de', now: new Date('2026-03-06T23:00:00Z'), opensAt: new Date('2026-03-20T13:00:00Z'), timeZone: 'America/New_York' }).text).toContain('am 20. März um 9:00 (America/New_York)');
  });

  it('says "a la" and "à" for one o\'clock', () => {
    const one = { ...base, now: new Date('2026-03-09T00:00:00Z'), opensAt: new Date('2026-03-09T01:00:00Z'), timeZone: 'UTC' };
    expect(offHoursMessage({ ...one, language: 'es' }).text).toContain('hoy a la 1:00 (UTC)');
    expect(offHoursMessage({ ...one, language: 'pt' }).text).toContain('hoje à 1:00 (UTC)');
  });

  it('without an opening within 30 days, promises an answer when the team is back', () => {
    const message = offHoursMessage({ ...base, opensAt: undefined });
    expect(message.text).toContain('as soon as the team is back');
    expect(message.choices).toEqual(['email', 'callback']);
  });

  it('the no-agent variant: team open, nobody free, same offers', () => {
    for (const [language, , , email, callback] of languages) {
      const message = offHoursMessage({ ...base, language, reason: 'no_agent', opensAt: undefined });
      expect(message.choices).toEqual(['email', 'callback']);
      expect(message.text).toContain(email);
      expect(message.text).toContain(callback);
      expect(message.text).not.toBe(offHoursMessage({ ...base, language, opensAt: undefined }).text);
    }
    expect(offHoursMessage({ ...base, reason: 'no_agent', emailAvailable: false }).text).toBe(
      "Everyone on our Billing team is busy right now. I've saved a summary of this conversation, so you won't have to repeat anything. " +
        "A person will answer you here as soon as someone is free. If you'd rather not wait here, we can call you back. " +
        "Reply CALLBACK or choose the button below if you'd like that; we won't call you unless you ask.",
    );
  });

  it('falls back to English, reads regional tags by their language', () => {
    expect(offHoursMessage({ ...base, language: 'ja' }).text).toContain('Our Billing team is closed');
    expect(offHoursMessage({ ...base, language: 'constructor' }).text).toContain('Our Billing team is closed');
    expect(offHoursMessage({ ...base, language: 'pt-BR' }).text).toContain('A nossa equipa de Billing');
  });
});

describe('readContinuationChoice', () => {
  it('takes only an explicit reply word, in any supported language', () => {
    expect(readContinuationChoice(' Email. ')).toBe('email');
    expect(readContinuationChoice('e-mail')).toBe('email');
    expect(readContinuationChoice('Rückruf!')).toBe('callback');
    expect(readContinuationChoice('llamada')).toBe('callback');
    expect(readContinuationChoice("don't email me")).toBeUndefined();
    expect(readContinuationChoice('yes')).toBeUndefined();
    expect(readContinuationChoice('constructor')).toBeUndefined();
  });
});
