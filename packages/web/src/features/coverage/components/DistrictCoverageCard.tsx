import { type CoveragePerson, coverageGapText, type DistrictCoverage } from '@fengqiao/domain';
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../app/i18n/use-t';

const RED = '#cf1322';

/** Text shown in red where the "1+1+N" net has a hole. */
function Missing({ children }: { children: ReactNode }) {
  return (
    <Typography.Text strong style={{ color: RED }}>
      {children}
    </Typography.Text>
  );
}

/** An officer or auxiliary officer: name, masked phone, and today's leave (orange when covered, red when not). */
function Holder({ person }: { person: CoveragePerson }) {
  const { t, date } = useT();
  const away = person.away;
  return (
    <Flex gap={4} wrap align="center">
      <Typography.Text>{person.name}</Typography.Text>
      {person.phone ? <Typography.Text type="secondary">{person.phone}</Typography.Text> : null}
      {away ? (
        <Tag color={away.standInName ? 'orange' : 'red'}>
          {away.standInName
            ? t('coverage.awayCovered', { day: date(away.toDay), name: away.standInName })
            : t('coverage.awayUncovered', { day: date(away.toDay) })}
        </Tag>
      ) : null}
    </Flex>
  );
}

/** One district's "1+1+N": its police post, its officer, and each village with its auxiliary officers; gaps in red. */
export function DistrictCoverageCard({ district }: { district: DistrictCoverage }) {
  const { t, lang } = useT();
  const hasGaps = district.gaps.length > 0;
  return (
    <Card
      size="small"
      title={district.districtName}
      data-testid={`coverage-district-${district.districtName}`}
      style={hasGaps ? { borderColor: RED } : undefined}
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'post',
            label: t('coverage.post'),
            children:
              district.posts.length > 0 ? (
                district.posts.map((post) => post.name).join('、')
              ) : (
                <Missing>{t('coverage.noPost')}</Missing>
              ),
          },
          {
            key: 'officer',
            label: t('coverage.officer'),
            children:
              district.officers.length > 0 ? (
                <Flex vertical gap={4}>
                  {district.officers.map((officer) => (
                    <Holder key={officer.personId} person={officer} />
                  ))}
                </Flex>
              ) : (
                <Missing>{t('coverage.noOfficer')}</Missing>
              ),
          },
        ]}
      />
      <Typography.Text strong style={{ display: 'block', margin: '8px 0 4px' }}>
        {t('coverage.auxiliaries', { n: district.villages.length })}
      </Typography.Text>
      <Flex vertical gap={6}>
        {district.villages.map((village) => (
          <Flex key={village.villageId} gap={8} align="center" wrap>
            <span style={{ minWidth: 84 }}>{village.villageName}</span>
            {village.auxiliaries.length > 0 ? (
              village.auxiliaries.map((aux) => <Holder key={aux.personId} person={aux} />)
            ) : (
              <Missing>{t('coverage.noAuxiliary')}</Missing>
            )}
          </Flex>
        ))}
      </Flex>
      {hasGaps ? (
        <Flex vertical gap={2} style={{ marginTop: 8 }}>
          {district.gaps.map((gap) => (
            <Typography.Text
              key={`${gap.kind}-${gap.villageId ?? ''}-${gap.personId ?? ''}`}
              style={{ color: RED }}
              data-testid="coverage-district-gap"
            >
              {coverageGapText(gap, lang)}
            </Typography.Text>
          ))}
        </Flex>
      ) : null}
    </Card>
  );
}
