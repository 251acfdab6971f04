import {
  type AdjustItem,
  type AssessedOfficer,
  type AssessmentItem,
  type AssessmentSettings,
  type AssessmentSettingsView,
  assessmentSettingsProblem,
  DEFAULT_ASSESSMENT_SETTINGS,
  evidenceCounts,
  type ItemAdjustment,
  type ItemEvidenceRecords,
  type ItemEvidenceView,
  monthSpan,
  type Ranking,
  type RankingEntry,
  rankWithinGroups,
  type Scorecard,
  type ScorecardItem,
  type SignedScorecardSnapshot,
  scoreSheet,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, refuseDuplicate } from '../../platform/errors';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork, type UnitOfWork } from '../../platform/unit-of-work';
import {
  manageTown,
  mayConfigure,
  mayManage,
  readableOfficers,
  readScope,
  requireManage,
  requireScorecardRead,
} from './assessments.policy';
import {
  type AdjustmentRow,
  findAssessmentSettingsRow,
  findOfficerRow,
  findSignoffRow,
  findUserPersonId,
  insertAdjustmentRow,
  insertSignoffRow,
  listAdjustmentRows,
  listAssessmentSettingsRows,
  listOfficerRows,
  listOfficerRowsInDistricts,
  listSignoffRows,
  listSignoffTotals,
  lockOfficer,
  type OfficerRow,
  saveAssessmentSettingsRow,
} from './assessments.repository';
import { monthEvidence } from './evidence';

/** A month's scorecard with its evidence, before the caller's actions are added. */
export interface ComputedCard {
  officer: AssessedOfficer;
  items: ScorecardItem[];
  computedTotal: number;
  total: number;
  ackWithinMinutes: number;
  evidence: ItemEvidenceRecords;
}

/**
 * The monthly assessment of village auxiliary officers (domain.md §5): a scorecard computed from the evidence of
 * the month (Shanghai month bounds), the chief's adjustments with reasons, the sign-off that freezes the month as
 * a snapshot, the ranking by district and the settings. Arithmetic and rules are the domain's.
 */
export class AssessmentsService {
  constructor(private readonly deps: Deps) {}

  async settings(ctx: RequestContext): Promise<AssessmentSettingsView> {
    const { db } = this.deps;
    const townId = await manageTown(db, ctx);
    const row = await findAssessmentSettingsRow(db, townId);
    return {
      townId,
      ...(row?.settings ?? DEFAULT_ASSESSMENT_SETTINGS),
      updatedAt: row?.updated_at ?? null,
      updatedByName: row?.updated_by_name ?? null,
      actions: ['edit'],
    };
  }

  async saveSettings(ctx: RequestContext, input: AssessmentSettings): Promise<AssessmentSettingsView> {
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      // The permission first: a caller who may not change the settings learns nothing from their validation.
      const townId = await manageTown(uow.tx, ctx);
      const problem = assessmentSettingsProblem(input);
      if (problem) throw new AppError(problem);
      await saveAssessmentSettingsRow(uow.tx, {
        town_id: townId,
        settings: { items: input.items, ackWithinMinutes: input.ackWithinMinutes },
        updated_at: nowIso(),
        updated_by: ctx.actor?.userId ?? null,
        updated_by_name: ctx.actor?.displayName ?? null,
      });
      await uow.audit({ action: 'assessment.settings', targetType: 'jurisdiction', targetId: townId });
    });
    return this.settings(ctx);
  }

  async scorecard(ctx: RequestContext, month: string, personId: string): Promise<Scorecard> {
    const { db } = this.deps;
    const officer = await requireScorecardRead(db, ctx, await findOfficerRow(db, personId));
    return this.present(db, ctx, month, officer);
  }

  /**
   * The caller's own scorecard (the auxiliary officer's phone view): 404 when the caller is not a village auxiliary
   * officer, FORBIDDEN without assessment.read.
   */
  async mine(ctx: RequestContext, month: string): Promise<Scorecard> {
    const { db } = this.deps;
    await readScope(db, ctx);
    const personId = ctx.actor ? await findUserPersonId(db, ctx.actor.userId) : null;
    if (!personId) throw new AppError('NOT_FOUND');
    return this.scorecard(ctx, month, personId);
  }

  async evidence(
    ctx: RequestContext,
    month: string,
    personId: string,
    item: AssessmentItem,
  ): Promise<ItemEvidenceView> {
    const { db } = this.deps;
    const officer = await requireScorecardRead(db, ctx, await findOfficerRow(db, personId));
    const signed = await findSignoffRow(db, personId, month);
    const evidence = signed ? signed.snapshot.evidence : (await this.compute(db, month, officer)).evidence;
    return { month, personId, item, status: signed ? 'signed' : 'open', records: evidence[item] };
  }

  /** The chief's adjustment of one item; the latest adjustment of an item replaces the earlier ones. */
  async adjust(
    ctx: RequestContext,
    month: string,
    personId: string,
    input: AdjustItem,
    joined?: UnitOfWork,
  ): Promise<Scorecard> {
    return inUnitOfWork(
      this.deps,
      ctx,
      async (uow) => {
        const { tx } = uow;
        const officer = await this.unsignedOfficer(tx, ctx, personId, month);
        const row: AdjustmentRow = {
          id: newId(),
          town_id: officer.town_id,
          jurisdiction_id: officer.village_id,
          person_id: personId,
          month,
          item: input.item,
          kind: input.kind,
          points_tenths: Math.round(input.points * 10),
          reason: input.reason,
          actor_id: ctx.actor?.userId ?? null,
          actor_name: ctx.actor?.displayName ?? null,
          created_at: nowIso(),
        };
        await insertAdjustmentRow(tx, row);
        await uow.audit({
          action: 'assessment.adjust',
          targetType: 'person',
          targetId: personId,
          detail: { month, item: input.item, kind: input.kind, points: input.points },
        });
        return this.present(tx, ctx, month, officer);
      },
      joined,
    );
  }

  /**
   * The chief signs a month that has ended: the scorecard and its evidence are frozen as they stand now. `joined`
   * (here and in `adjust`) lets the demo seed act inside its own transaction.
   */
  async sign(ctx: RequestContext, month: string, personId: string, joined?: UnitOfWork): Promise<Scorecard> {
    return inUnitOfWork(
      this.deps,
      ctx,
      async (uow) => {
        const { tx } = uow;
        const officer = await this.unsignedOfficer(tx, ctx, personId, month);
        if (!monthOver(month, new Date())) throw new AppError('ASSESSMENT_MONTH_NOT_OVER');
        const card = await this.compute(tx, month, officer);
        const snapshot: SignedScorecardSnapshot = {
          officer: card.officer,
          items: card.items,
          computedTotal: card.computedTotal,
          total: card.total,
          ackWithinMinutes: card.ackWithinMinutes,
          evidence: card.evidence,
        };
        await refuseDuplicate(
          insertSignoffRow(tx, {
            id: newId(),
            town_id: officer.town_id,
            jurisdiction_id: officer.village_id,
            person_id: personId,
            month,
            total_tenths: Math.round(card.total * 10),
            snapshot,
            signed_by: ctx.actor?.userId ?? null,
            signed_by_name: ctx.actor?.displayName ?? null,
            signed_at: nowIso(),
          }),
          'ASSESSMENT_SIGNED',
        );
        await uow.audit({
          action: 'assessment.sign',
          targetType: 'person',
          targetId: personId,
          detail: { month, total: card.total },
        });
        return this.present(tx, ctx, month, officer);
      },
      joined,
    );
  }

  /**
   * Every auxiliary officer the caller may read, by district, with total and rank. Ranks are taken over the whole
   * district, so an auxiliary officer who sees only their own row still sees their true rank.
   */
  async ranking(ctx: RequestContext, month: string): Promise<Ranking> {
    const { db } = this.deps;
    return this.rankingOf(db, ctx, month, await this.visibleOfficers(db, ctx));
  }

  /** The officer whose month the caller changes: in reach, theirs to manage, locked, and that month not signed yet. */
  private async unsignedOfficer(
    db: Executor,
    ctx: RequestContext,
    personId: string,
    month: string,
  ): Promise<OfficerRow> {
    const officer = await requireScorecardRead(db, ctx, await findOfficerRow(db, personId));
    await requireManage(db, ctx, officer);
    // An adjustment racing the sign-off would land in a frozen month: the two wait for each other.
    await lockOfficer(db, personId);
    if (await findSignoffRow(db, personId, month)) throw new AppError('ASSESSMENT_SIGNED');
    return officer;
  }

  private async rankingOf(
    db: Executor,
    ctx: RequestContext,
    month: string,
    visible: readonly OfficerRow[],
  ): Promise<Ranking> {
    const everyone = await listOfficerRowsInDistricts(db, [...new Set(visible.map((o) => o.district_id))]);
    const totals = await this.totals(db, month, everyone);
    const ranks = rankWithinGroups(
      everyone.map((o) => ({ key: o.person_id, group: o.district_id, total: totals.get(o.person_id)?.total ?? 0 })),
    );
    const districts: Ranking['districts'] = [];
    for (const officer of visible) {
      let district = districts.find((d) => d.districtId === officer.district_id);
      if (!district) {
        district = { districtId: officer.district_id, districtName: officer.district_name, entries: [] };
        districts.push(district);
      }
      const total = totals.get(officer.person_id);
      district.entries.push({
        officer: officerView(officer),
        total: total?.total ?? 0,
        rank: ranks.get(officer.person_id) ?? 1,
        status: total?.signed ? 'signed' : 'open',
      });
    }
    for (const district of districts) district.entries.sort(byRank);
    const actions = visible.length > 0 ? ['export'] : [];
    if (await mayConfigure(db, ctx)) actions.push('configure');
    return { month, districts, actions };
  }

  /**
   * The ranking and, for every officer in it, the scorecard: the signed snapshot or computed now. A fixed number of
   * queries per town, for the export.
   */
  async rankingWithCards(
    ctx: RequestContext,
    month: string,
  ): Promise<{ ranking: Ranking; cards: ComputedCard[]; townIds: string[] }> {
    const { db } = this.deps;
    const visible = await this.visibleOfficers(db, ctx);
    const ranking = await this.rankingOf(db, ctx, month, visible);
    const signed = await listSignoffRows(
      db,
      month,
      visible.map((o) => o.person_id),
    );
    const computed = await this.computeMany(
      db,
      month,
      visible.filter((o) => !signed.some((row) => row.person_id === o.person_id)),
    );
    const cards = [...signed.map((row) => row.snapshot), ...computed];
    const order = ranking.districts.flatMap((d) => d.entries.map((e) => e.officer.personId));
    cards.sort((a, b) => order.indexOf(a.officer.personId) - order.indexOf(b.officer.personId));
    return { ranking, cards, townIds: [...new Set(visible.map((o) => o.town_id))] };
  }

  /** The auxiliary officers whose scorecards the caller may read (FORBIDDEN without assessment.read). */
  private async visibleOfficers(db: Executor, ctx: RequestContext): Promise<OfficerRow[]> {
    return readableOfficers(db, ctx, await listOfficerRows(db, await readScope(db, ctx)));
  }

  private async present(db: Executor, ctx: RequestContext, month: string, officer: OfficerRow): Promise<Scorecard> {
    const signed = await findSignoffRow(db, officer.person_id, month);
    if (signed) {
      const { evidence: _frozen, ...card } = signed.snapshot;
      return {
        month,
        ...card,
        status: 'signed',
        computedAt: signed.signed_at,
        signedAt: signed.signed_at,
        signedByName: signed.signed_by_name,
        actions: [],
      };
    }
    const card = await this.compute(db, month, officer);
    const actions: string[] = [];
    if (await mayManage(db, ctx, officer)) {
      actions.push('adjust');
      if (monthOver(month, new Date())) actions.push('sign');
    }
    return {
      month,
      officer: card.officer,
      items: card.items,
      computedTotal: card.computedTotal,
      total: card.total,
      ackWithinMinutes: card.ackWithinMinutes,
      status: 'open',
      computedAt: nowIso(),
      signedAt: null,
      signedByName: null,
      actions,
    };
  }

  /** One officer's month computed from the evidence now. */
  private async compute(db: Executor, month: string, officer: OfficerRow): Promise<ComputedCard> {
    const [card] = await this.computeMany(db, month, [officer]);
    if (!card) throw new Error('computeMany returns one card per officer');
    return card;
  }

  /** Several officers' months, a fixed number of queries per town whatever their number. */
  private async computeMany(db: Executor, month: string, officers: readonly OfficerRow[]): Promise<ComputedCard[]> {
    const now = new Date();
    const towns = [...new Set(officers.map((o) => o.town_id))];
    const settingsRows = await listAssessmentSettingsRows(db, towns);
    const cards = new Map<string, ComputedCard>();
    for (const townId of towns) {
      const settings = settingsRows.find((row) => row.town_id === townId)?.settings ?? DEFAULT_ASSESSMENT_SETTINGS;
      const mine = officers.filter((o) => o.town_id === townId);
      const ids = mine.map((o) => o.person_id);
      const evidence = await monthEvidence(db, townId, month, ids, settings, now);
      const adjustments = await listAdjustmentRows(db, townId, month, ids);
      for (const officer of mine) {
        const records = evidence.get(officer.person_id);
        if (!records) continue;
        const latest = latestAdjustments(adjustments.filter((a) => a.person_id === officer.person_id));
        const sheet = scoreSheet(settings, evidenceCounts(records), [...latest.values()].map(asItemAdjustment));
        cards.set(officer.person_id, {
          officer: officerView(officer),
          items: sheet.items.map((item) => {
            const adjustment = latest.get(item.item);
            return {
              ...item,
              adjustment: adjustment
                ? {
                    kind: adjustment.kind,
                    points: adjustment.points_tenths / 10,
                    reason: adjustment.reason,
                    byName: adjustment.actor_name,
                    at: adjustment.created_at,
                  }
                : null,
            };
          }),
          computedTotal: sheet.computedTotal,
          total: sheet.total,
          ackWithinMinutes: settings.ackWithinMinutes,
          evidence: records,
        });
      }
    }
    return officers.flatMap((o) => cards.get(o.person_id) ?? []);
  }

  /** Each officer's total: the signed one when the month is signed, else computed now. */
  private async totals(
    db: Executor,
    month: string,
    officers: readonly OfficerRow[],
  ): Promise<Map<string, { total: number; signed: boolean }>> {
    const signed = await listSignoffTotals(
      db,
      month,
      officers.map((o) => o.person_id),
    );
    const out = new Map<string, { total: number; signed: boolean }>();
    for (const row of signed) out.set(row.person_id, { total: row.total_tenths / 10, signed: true });
    const open = officers.filter((o) => !out.has(o.person_id));
    for (const card of await this.computeMany(db, month, open)) {
      out.set(card.officer.personId, { total: card.total, signed: false });
    }
    return out;
  }
}

/** A month may be signed once it has ended in Shanghai time. */
function monthOver(month: string, now: Date): boolean {
  return now.toISOString() >= monthSpan(month).until;
}

function latestAdjustments(rows: readonly AdjustmentRow[]): Map<AssessmentItem, AdjustmentRow> {
  const latest = new Map<AssessmentItem, AdjustmentRow>();
  // Rows come oldest first (ids are time-ordered), so the last one of an item wins.
  for (const row of rows) latest.set(row.item, row);
  return latest;
}

function asItemAdjustment(row: AdjustmentRow): ItemAdjustment {
  return { item: row.item, kind: row.kind, points: row.points_tenths / 10 };
}

function officerView(row: OfficerRow): AssessedOfficer {
  return {
    personId: row.person_id,
    name: row.name,
    villageId: row.village_id,
    villageName: row.village_name,
    districtId: row.district_id,
    districtName: row.district_name,
  };
}

function byRank(a: RankingEntry, b: RankingEntry): number {
  return a.rank - b.rank || a.officer.name.localeCompare(b.officer.name, 'zh-CN');
}
