import { describe, expect, it } from 'vitest';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../../src/agent/passwords.ts';
import { parseFrame } from '../../src/http/socketFrames.ts';

describe('passwords', () => {
  it('verifies the right password only, and never stores it', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).not.toContain('correct');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await hashPassword('correct horse battery')).not.toBe(stored);
  });

  it('rejects malformed hashes and the decoy', async () => {
    expect(await verifyPassword('x', 'plain')).toBe(false);
    expect(await verifyPassword('', decoyPasswordHash)).toBe(false);
  });
});

describe('socket frames', () => {
  const id = '3f1c1f6e-8a2b-4c1d-9e0f-123456789abc';
  it('accepts the four frame kinds', () => {
    expect(parseFrame(JSON.stringify({ type: 'subscribe', conversationId: id, after: 3 }))).toEqual({ type: 'subscribe', conversationId: id, after: 3 });
    expect(parseFrame('{"type":"ping"}')).toEqual({ type: 'ping' });
    expect(parseFrame(JSON.stringify({ type: 'auth', customerToken: 't', conversationId: id }))?.type).toBe('auth');
    expect(parseFrame(JSON.stringify({ type: 'unsubscribe', conversationId: id }))?.type).toBe('unsubscribe');
  });

  it.each([
    'not json',
    '{"type":"subscribe"}',
    `{"type":"subscribe","conversationId":"${id}","after":"3"}`,
    `{"type":"subscribe","conversationId":"${id}","after":-1}`,
    `{"type":"subscribe","conversationId":["${id}"]}`,
    `{"type":"subscribe","conversationId":{"$ne":null}}`,
    '{"type":"ping","extra":1}',
    '{"type":"shutdown"}',
  ])('rejects %s', (raw) => {
    expect(parseFrame(raw)).toBeUndefined();
  });
});
