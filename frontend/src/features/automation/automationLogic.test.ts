import { describe, expect, it } from 'vitest';
import { clearDifference, percent, points, signed, triggerWords } from './automationLogic';

describe('triggerWords', () => {
  it('says each trigger kind with its parameters', () => {
    expect(triggerWords('RISK_ABOVE', { threshold: 0.25 })).toEqual({ key: 'automation.trigger.RISK_ABOVE', values: { percent: 25 } });
    expect(triggerWords('FEW_TRAININGS', { minimum: 2 })).toEqual({ key: 'automation.trigger.FEW_TRAININGS', values: { minimum: 2, months: 12 } });
    expect(triggerWords('CONTRACT_EXPIRING', { days: 30 }).values).toEqual({ days: 30 });
    expect(triggerWords('ALERT_RAISED', { kind: 'TRAFFIC_ANOMALY' }).values).toEqual({ kind: 'TRAFFIC_ANOMALY' });
    expect(triggerWords('ALERT_RAISED', null).values).toEqual({ kind: '?' });
  });
});

describe('numbers', () => {
  it('formats points, percents and signed values, with a dash for nothing', () => {
    expect(points(0.0439)).toBe('+4.4');
    expect(points(-0.301)).toBe('-30.1');
    expect(points(null)).toBe('—');
    expect(percent(4 / 19)).toBe('21.1%');
    expect(signed(1234.56)).toBe('+1,234.6');
    expect(signed(-2)).toBe('−2.0');
  });

  it('calls a difference clear only when its interval excludes zero', () => {
    expect(clearDifference(0.01, 0.2)).toBe(true);
    expect(clearDifference(-0.3, -0.01)).toBe(true);
    expect(clearDifference(-0.1, 0.2)).toBe(false);
    expect(clearDifference(null, 0.2)).toBe(false);
  });
});
