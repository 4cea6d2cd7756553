import { describe, expect, it } from 'vitest';
import { decideSend, EMPTY_MEMORY, forConversation, forgetStale, HOLD_READ_MS } from '../../../content/guard/send-policy';
import type { Finding, Severity } from '../../../rules/types';

const f = (severity: Severity, rule = `r-${severity}`): Finding => ({ clause: '2.3', rule, severity, start: 0, end: 1, match: 'x', message: 'm' });

describe('decideSend', () => {
  it('passes a clean draft and info-only findings', () => {
    expect(decideSend('好的', [], EMPTY_MEMORY).verdict).toEqual({ kind: 'pass', overridden: [] });
    expect(decideSend('ok', [f('info')], EMPTY_MEMORY).verdict).toEqual({ kind: 'pass', overridden: [] });
  });

  it('blocks a block finding every time until that exact draft is armed', () => {
    let memory = EMPTY_MEMORY;
    for (let i = 0; i < 3; i++) {
      const r = decideSend('加我微信', [f('block'), f('warn')], memory);
      expect(r.verdict).toEqual({ kind: 'block', findings: [f('block')] });
      memory = r.memory;
    }
    memory = { ...memory, armedText: '加我微信' };
    expect(decideSend('加我微信', [f('block'), f('warn')], memory).verdict).toEqual({ kind: 'pass', overridden: [f('block'), f('warn')] });
    expect(decideSend('加我微信!', [f('block')], memory).verdict.kind).toBe('block');
  });

  it('holds a warning once per draft, then lets it through as an override', () => {
    const first = decideSend('可能违规', [f('warn')], EMPTY_MEMORY);
    expect(first.verdict.kind).toBe('hold');
    expect(first.memory.heldText).toBe('可能违规');
    expect(decideSend('可能违规', [f('warn')], first.memory).verdict).toEqual({ kind: 'pass', overridden: [f('warn')] });
    expect(decideSend('另一句可能违规', [f('warn')], first.memory).verdict.kind).toBe('hold');
  });

  it('round 50 finding 6: a held key\'s auto-repeat or a second attempt before HOLD_READ_MS is no second attempt', () => {
    const first = decideSend('可能违规', [f('warn')], EMPTY_MEMORY, { at: 1000 });
    expect(first.verdict.kind).toBe('hold');
    expect(first.memory.heldAt).toBe(1000);
    // auto-repeat keydowns, whenever they come
    expect(decideSend('可能违规', [f('warn')], first.memory, { at: 1050, repeat: true }).verdict.kind).toBe('hold');
    expect(decideSend('可能违规', [f('warn')], first.memory, { at: 5000, repeat: true }).verdict.kind).toBe('hold');
    // a reflex double tap: still held, and the hold keeps its first moment (a later fresh press is not pushed back)
    const tap = decideSend('可能违规', [f('warn')], first.memory, { at: 1150 });
    expect(tap.verdict.kind).toBe('hold');
    expect(tap.memory.heldAt).toBe(1000);
    expect(decideSend('可能违规', [f('warn')], tap.memory, { at: 1000 + HOLD_READ_MS }).verdict).toEqual({ kind: 'pass', overridden: [f('warn')] });
    // an armed 仍要发送 is a decision already: not timed
    expect(decideSend('可能违规', [f('warn')], { ...first.memory, armedText: '可能违规' }, { at: 1001 }).verdict.kind).toBe('pass');
  });

  it('forgets an armed override or a shown warning when the draft changes', () => {
    const memory = { armedText: 'a', heldText: 'a' };
    expect(forgetStale(memory, 'a')).toBe(memory);
    expect(forgetStale(memory, 'ab')).toEqual({ armedText: null, heldText: null });
  });

  describe('round 51: keyed by conversation (round 50, finding 5)', () => {
    const a = { name: '小王', id: '7001' };
    const b = { name: 'Amy', id: '7003' };
    it('an armed 仍要发送 passes its draft in its own conversation only', () => {
      const blocked = decideSend('加我微信', [f('block')], EMPTY_MEMORY, { at: 0, conversation: a });
      expect(blocked.verdict.kind).toBe('block');
      expect(blocked.memory.conversation).toEqual(a);
      const armed = { ...forConversation(blocked.memory, a), armedText: '加我微信' };
      expect(decideSend('加我微信', [f('block')], armed, { at: 1000, conversation: a }).verdict.kind).toBe('pass');
      const other = decideSend('加我微信', [f('block')], armed, { at: 1000, conversation: b });
      expect(other.verdict.kind).toBe('block');
      expect(other.memory).toEqual({ armedText: null, heldText: null, conversation: b });
    });

    it('a warning shown in one conversation is shown again at the first send of the same words in another', () => {
      const held = decideSend('可能违规', [f('warn')], EMPTY_MEMORY, { at: 0, conversation: a });
      expect(held.verdict.kind).toBe('hold');
      const there = decideSend('可能违规', [f('warn')], held.memory, { at: 5000, conversation: b });
      expect(there.verdict.kind).toBe('hold');
      // …and its own second attempt there passes, as does the first conversation's (with its own memory)
      expect(decideSend('可能违规', [f('warn')], there.memory, { at: 5000 + HOLD_READ_MS, conversation: b }).verdict.kind).toBe('pass');
      expect(decideSend('可能违规', [f('warn')], held.memory, { at: 5000, conversation: a }).verdict.kind).toBe('pass');
    });

    it('one buyer read by id before and after the nickname loads is one conversation; a page naming none keeps the memory', () => {
      const held = decideSend('可能违规', [f('warn')], EMPTY_MEMORY, { at: 0, conversation: { name: '7001', id: '7001' } });
      expect(decideSend('可能违规', [f('warn')], held.memory, { at: 1000, conversation: a }).verdict.kind).toBe('pass');
      const nameless = decideSend('可能违规', [f('warn')], EMPTY_MEMORY, { at: 0, conversation: null });
      expect(decideSend('可能违规', [f('warn')], nameless.memory, { at: 1000, conversation: null }).verdict.kind).toBe('pass');
      // without the attempt's conversation the memory's own holds (the guard always passes one)
      expect(decideSend('可能违规', [f('warn')], held.memory, { at: 1000 }).verdict.kind).toBe('pass');
    });

    it('forgetStale keeps the conversation', () => {
      expect(forgetStale({ armedText: 'a', heldText: null, conversation: a }, 'b')).toEqual({ armedText: null, heldText: null, conversation: a });
    });
  });
});
