import { describe, expect, it } from 'vitest';
import {
  agreementFileName,
  assessmentAsciiName,
  assessmentFileName,
  disputeLedgerAsciiName,
  disputeLedgerFileName,
  meetingMinutesAsciiName,
  meetingMinutesFileName,
  monthlyReportAsciiName,
  monthlyReportFileName,
  registerAsciiName,
  registerFileName,
} from './download-names';

describe('download names', () => {
  it('names the ledger by town and Beijing day', () => {
    // 16:30 UTC on the 28th is already the 29th in Beijing.
    expect(disputeLedgerFileName('马良镇', '2026-11-28T16:30:00Z')).toBe('矛盾纠纷台账_马良镇_20261129.xlsx');
    expect(disputeLedgerFileName(null, '2026-11-28T16:30:00Z')).toBe('矛盾纠纷台账_20261129.xlsx');
    expect(disputeLedgerAsciiName('2026-11-28T16:30:00Z')).toBe('disputes-20261129.xlsx');
  });

  it('names an agreement by its title and number, a draft as 草稿', () => {
    expect(agreementFileName('人民调解协议书', '（2026）马人调字第12号')).toBe(
      '人民调解协议书_（2026）马人调字第12号.docx',
    );
    expect(agreementFileName('治安调解协议书', null)).toBe('治安调解协议书_草稿.docx');
  });

  it('replaces characters a file system refuses', () => {
    expect(agreementFileName('人民调解协议书', '2026/12:"x"')).toBe('人民调解协议书_2026_12__x_.docx');
  });

  it('names the assessment export by town and month', () => {
    expect(assessmentFileName('马良镇', '2026-10')).toBe('驻村辅警月度考核_马良镇_2026-10.xlsx');
    expect(assessmentFileName(null, '2026-10')).toBe('驻村辅警月度考核_2026-10.xlsx');
    expect(assessmentAsciiName('2026-10')).toBe('assessments-2026-10.xlsx');
  });

  it('names the minutes by town and the month under review', () => {
    expect(meetingMinutesFileName('马良镇', '2026-11')).toBe('警治会商纪要_马良镇_2026-11.docx');
    expect(meetingMinutesFileName(null, '2026-11')).toBe('警治会商纪要_2026-11.docx');
    expect(meetingMinutesAsciiName('2026-11')).toBe('meeting-minutes-2026-11.docx');
  });

  it('names the monthly report by town and month', () => {
    expect(monthlyReportFileName('马良镇', '2026-10', 'docx')).toBe('月度工作报告_马良镇_2026-10.docx');
    expect(monthlyReportFileName('马良镇', '2026-10', 'xlsx')).toBe('月度工作报告_马良镇_2026-10.xlsx');
    expect(monthlyReportAsciiName('2026-10', 'docx')).toBe('monthly-report-2026-10.docx');
  });
});

describe('registerFileName', () => {
  it('names a register by title, town and Beijing day, and leaves the place out for a county', () => {
    const at = '2026-11-29T16:30:00.000Z';
    expect(registerFileName('安全隐患台账', '马良镇', at)).toBe('安全隐患台账_马良镇_20261130.xlsx');
    expect(registerFileName('安全隐患台账', null, at)).toBe('安全隐患台账_20261130.xlsx');
    expect(registerAsciiName('hazards', at)).toBe('hazards-20261130.xlsx');
  });
});
