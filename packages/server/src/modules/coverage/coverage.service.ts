import {
  addDays,
  type Coverage,
  type CoverageDuty,
  type CoverageGap,
  type CoveragePerson,
  type CoverageQuery,
  type CreateStandIn,
  coverageGaps,
  coverageGapText,
  type DistrictCoverage,
  DUTY_LABELS,
  formatBeijingDate,
  registerAsciiName,
  registerFileName,
  type StandIn,
  type StandInListQuery,
  shanghaiDate,
  standInCovers,
  standInProblem,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors';
import { type ListWorkbook, listWorkbookBody } from '../../platform/files/list-workbook';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork, type UnitOfWork } from '../../platform/unit-of-work';
import { findAssignmentByKey } from '../directory/assignments.repository';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { findPersonView } from '../directory/people.repository';
import { coverageGrants, manageScope, readTown, requireStandInRead, scopedPlace } from './coverage.policy';
import {
  type CoverageHolderRow,
  endStandInRow,
  findOverlappingStandIn,
  findStandIn,
  insertStandInRow,
  listCoverageHolders,
  listCoveragePlaces,
  listPhoneCiphertexts,
  listPolicePosts,
  listStandInRows,
  type StandInView,
} from './coverage.repository';

type Grants = Awaited<ReturnType<typeof coverageGrants>>;

/**
 * Districts "1+1+N" coverage (domain.md §8): per district its police post, its responsible officer and the village
 * auxiliary officers, who is away today and who covers him, and the gaps (`coverageGaps` in the domain). The view
 * reads a fixed number of queries whatever the number of districts. Leaves and stand-ins are the only records this
 * module owns; each change is one unit of work with its audit row.
 */
export class CoverageService {
  constructor(private readonly deps: Deps) {}

  async view(ctx: RequestContext, query: CoverageQuery, now = new Date()): Promise<Coverage> {
    const { db } = this.deps;
    const townId = await readTown(db, ctx, query.townId);
    return this.assemble(db, townId, shanghaiDate(now), await coverageGrants(db, ctx));
  }

  /** The town's leaves: today's, coming ones, past ones (the last year), or all of them. */
  async standIns(ctx: RequestContext, query: StandInListQuery, now = new Date()): Promise<{ items: StandIn[] }> {
    const { db } = this.deps;
    const townId = await readTown(db, ctx, query.townId);
    const today = shanghaiDate(now);
    const grants = await coverageGrants(db, ctx);
    const rows = await listStandInRows(db, townId, {
      fromDay: query.when === 'current' || query.when === 'upcoming' ? today : addDays(today, -366),
      toDay: query.when === 'current' ? today : undefined,
      openOnly: query.when === 'current' || query.when === 'upcoming',
    });
    const items = rows.map((row) => presentStandIn(row, today, grants));
    const chosen = items.filter((item) => {
      if (query.when === 'upcoming') return item.fromDay > today;
      if (query.when === 'past') return item.endedAt !== null || item.toDay < today;
      return true;
    });
    return { items: chosen };
  }

  /**
   * Records a leave of an officer or auxiliary officer and who covers it (perhaps nobody yet). Refused, nothing
   * written: bad dates (STAND_IN_*), a place outside the caller's directory.manage (JURISDICTION_UNKNOWN), a person
   * away who does not hold the duty there, a stand-in who is not the town's staff, a leave overlapping an open one.
   */
  async createStandIn(
    ctx: RequestContext,
    body: CreateStandIn,
    joined?: UnitOfWork,
    now = new Date(),
  ): Promise<StandIn> {
    const today = shanghaiDate(now);
    const problem = standInProblem(body, today);
    if (problem) throw new AppError(problem);
    return inUnitOfWork(
      this.deps,
      ctx,
      async (uow) => {
        const { tx } = uow;
        await manageScope(tx, ctx);
        const place = await findJurisdiction(tx, body.jurisdictionId);
        if (!place || place.town_id === null) throw new AppError('JURISDICTION_UNKNOWN');
        const grants = await coverageGrants(tx, ctx);
        if (!grants.mayManage({ townId: place.town_id, jurisdictionId: place.id })) {
          throw new AppError('JURISDICTION_UNKNOWN');
        }
        const held = await findAssignmentByKey(tx, {
          personId: body.absentPersonId,
          jurisdictionId: place.id,
          duty: body.duty,
        });
        if (!held) throw new AppError('STAND_IN_NOT_ON_DUTY');
        const standInId = body.standInPersonId ?? null;
        if (standInId !== null) {
          const person = await findPersonView(tx, standInId);
          if (person?.kind !== 'staff' || person.town_id !== place.town_id) {
            throw new AppError('STAND_IN_PERSON_UNKNOWN');
          }
        }
        const overlap = await findOverlappingStandIn(tx, {
          absentPersonId: body.absentPersonId,
          jurisdictionId: place.id,
          duty: body.duty,
          fromDay: body.fromDay,
          toDay: body.toDay,
        });
        if (overlap) throw new AppError('STAND_IN_OVERLAPS');
        const id = newId();
        await insertStandInRow(tx, {
          id,
          town_id: place.town_id,
          jurisdiction_id: place.id,
          duty: body.duty,
          absent_person_id: body.absentPersonId,
          stand_in_person_id: standInId,
          from_day: body.fromDay,
          to_day: body.toDay,
          reason: body.reason,
          created_by: ctx.actor?.userId ?? null,
          created_by_name: ctx.actor?.displayName ?? null,
          created_at: nowIso(),
          ended_at: null,
          ended_by: null,
          ended_by_name: null,
        });
        await uow.audit({
          action: 'coverage.stand_in.create',
          targetType: 'coverage_stand_in',
          targetId: id,
          detail: {
            jurisdictionId: place.id,
            duty: body.duty,
            absentPersonId: body.absentPersonId,
            standInPersonId: standInId,
            fromDay: body.fromDay,
            toDay: body.toDay,
          },
        });
        const row = await findStandIn(tx, id);
        if (!row) throw notFound();
        return presentStandIn(row, today, grants);
      },
      joined,
    );
  }

  /** Ends a leave early (the officer is back): 409 STAND_IN_ENDED once ended or over. */
  async endStandIn(ctx: RequestContext, id: string, now = new Date()): Promise<StandIn> {
    const today = shanghaiDate(now);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const row = await findStandIn(tx, id);
      await requireStandInRead(tx, ctx, row);
      if (!row) throw notFound();
      const grants = await coverageGrants(tx, ctx);
      if (!grants.mayManage(scopedPlace(row))) throw new AppError('FORBIDDEN');
      if (row.ended_at !== null || row.to_day < today) throw new AppError('STAND_IN_ENDED');
      const ended = await endStandInRow(tx, id, {
        ended_at: nowIso(),
        ended_by: ctx.actor?.userId ?? null,
        ended_by_name: ctx.actor?.displayName ?? null,
      });
      if (!ended) throw new AppError('STAND_IN_ENDED');
      await uow.audit({
        action: 'coverage.stand_in.end',
        targetType: 'coverage_stand_in',
        targetId: id,
        detail: { jurisdictionId: row.jurisdiction_id, duty: row.duty, absentPersonId: row.absent_person_id },
      });
      const after = await findStandIn(tx, id);
      if (!after) throw notFound();
      return presentStandIn(after, today, grants);
    });
  }

  /**
   * The coverage as a sheet: one row per post, officer and auxiliary officer (villages without one show the gap),
   * then the gaps. Phones masked unless the caller may unmask that person; one audit row with the count and how
   * many phones went out in clear.
   */
  async export(ctx: RequestContext, query: CoverageQuery, now = new Date()): Promise<ListWorkbook> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const townId = await readTown(tx, ctx, query.townId);
      const grants = await coverageGrants(tx, ctx);
      const coverage = await this.assemble(tx, townId, shanghaiDate(now), grants);
      const holders = await listCoverageHolders(tx, townId);
      const clearable = holders.filter((holder) => grants.mayUnmask(personPlace(holder)));
      const clear = new Map<string, string>();
      for (const row of await listPhoneCiphertexts(tx, [...new Set(clearable.map((h) => h.person_id))])) {
        if (row.phone_enc) clear.set(row.id, this.deps.cipher.decrypt(row.phone_enc));
      }
      const rows = sheetRows(coverage, clear);
      await uow.audit({
        action: 'coverage.export',
        targetType: 'town',
        targetId: townId,
        detail: { count: rows.length, query: { townId }, clear: clear.size },
      });
      const body = await listWorkbookBody('片区覆盖', SHEET_HEADER, rows);
      return {
        body,
        fileName: registerFileName('片区1+1+N覆盖', coverage.townName, now),
        asciiName: registerAsciiName('coverage', now),
      };
    });
  }

  private async assemble(db: Executor, townId: string, today: string, grants: Grants): Promise<Coverage> {
    const town = await findJurisdiction(db, townId);
    if (!town) throw notFound();
    const [places, posts, holders, leaves] = [
      await listCoveragePlaces(db, townId),
      await listPolicePosts(db, townId),
      await listCoverageHolders(db, townId),
      await listStandInRows(db, townId, { fromDay: today, toDay: today, openOnly: true }),
    ];
    const away = new Map<string, StandIn>();
    for (const leave of leaves) {
      const standIn = presentStandIn(leave, today, grants);
      if (standIn.current) away.set(holderKey(leave.absent_person_id, leave.jurisdiction_id, leave.duty), standIn);
    }
    const present = (holder: CoverageHolderRow): CoveragePerson => ({
      personId: holder.person_id,
      name: holder.name,
      title: holder.title,
      phone: holder.phone_masked,
      away: away.get(holderKey(holder.person_id, holder.jurisdiction_id, holder.duty)) ?? null,
    });
    const holdersOf = (placeId: string, duty: CoverageDuty) =>
      holders.filter((holder) => holder.jurisdiction_id === placeId && holder.duty === duty).map(present);
    const districts: DistrictCoverage[] = [];
    for (const district of places.filter((place) => place.level === 'district')) {
      const partial = {
        districtId: district.id,
        districtName: district.name,
        posts: posts
          .filter((post) => post.jurisdiction_id === district.id)
          .map((post) => ({ id: post.id, name: post.name, phone: post.phone })),
        officers: holdersOf(district.id, 'district_officer'),
        villages: places
          .filter((place) => place.parent_id === district.id && place.level !== 'district')
          .map((village) => ({
            villageId: village.id,
            villageName: village.name,
            auxiliaries: holdersOf(village.id, 'village_auxiliary'),
          })),
      };
      districts.push({ ...partial, gaps: coverageGaps([partial]) });
    }
    const mayManage = grants.mayManage({ townId, jurisdictionId: townId });
    return {
      townId,
      townName: town.name,
      day: today,
      districts,
      gaps: districts.flatMap((district) => district.gaps),
      actions: mayManage ? ['manageStandIns', 'export'] : ['export'],
    };
  }
}

function holderKey(personId: string, placeId: string, duty: CoverageDuty): string {
  return `${personId}|${placeId}|${duty}`;
}

function personPlace(holder: CoverageHolderRow) {
  return { townId: holder.town_id, jurisdictionId: holder.person_jurisdiction_id };
}

function presentStandIn(row: StandInView, today: string, grants: Grants): StandIn {
  const endedAt = row.ended_at;
  const current = standInCovers({ fromDay: row.from_day, toDay: row.to_day, endedAt }, today);
  const open = endedAt === null && row.to_day >= today;
  return {
    id: row.id,
    jurisdictionId: row.jurisdiction_id,
    jurisdictionName: row.jurisdiction_name,
    duty: row.duty,
    absentPersonId: row.absent_person_id,
    absentName: row.absent_name,
    standInPersonId: row.stand_in_person_id,
    standInName: row.stand_in_name,
    fromDay: row.from_day,
    toDay: row.to_day,
    reason: row.reason,
    current,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    endedAt,
    endedByName: row.ended_by_name,
    actions: open && grants.mayManage(scopedPlace(row)) ? ['end'] : [],
  };
}

const SHEET_HEADER = ['片区', '村（社区）', '职责', '姓名（名称）', '电话', '今日在岗情况'] as const;

function sheetRows(coverage: Coverage, clear: ReadonlyMap<string, string>): string[][] {
  const rows: string[][] = [];
  const status = (holder: CoveragePerson) => {
    if (!holder.away) return '在岗';
    const until = formatBeijingDate(holder.away.toDay);
    return holder.away.standInName ? `请假至${until}，由${holder.away.standInName}代岗` : `请假至${until}，无人代岗`;
  };
  const phone = (holder: CoveragePerson) => clear.get(holder.personId) ?? holder.phone ?? '';
  for (const district of coverage.districts) {
    for (const post of district.posts)
      rows.push([district.districtName, '', '警务室', post.name, post.phone ?? '', '']);
    for (const officer of district.officers) {
      rows.push([
        district.districtName,
        '',
        DUTY_LABELS.district_officer.zh,
        officer.name,
        phone(officer),
        status(officer),
      ]);
    }
    for (const village of district.villages) {
      for (const aux of village.auxiliaries) {
        rows.push([
          district.districtName,
          village.villageName,
          DUTY_LABELS.village_auxiliary.zh,
          aux.name,
          phone(aux),
          status(aux),
        ]);
      }
    }
  }
  for (const gap of coverage.gaps) rows.push(gapRow(gap));
  return rows;
}

function gapRow(gap: CoverageGap): string[] {
  return [gap.districtName, gap.villageName ?? '', '缺口', gap.personName ?? '', '', coverageGapText(gap, 'zh')];
}
