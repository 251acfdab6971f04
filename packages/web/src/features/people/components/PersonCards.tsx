import { PhoneOutlined } from '@ant-design/icons';
import type { Person } from '@fengqiao/domain';
import { Flex, Typography } from 'antd';
import { LinkCard } from '../../../ui/LinkCard';
import { PersonKindTag } from './PersonKindTag';

/** The people list on a phone: one tappable card per person instead of a table too wide for the screen. */
export function PersonCards({ people }: { people: Person[] }) {
  return (
    <Flex vertical gap={10}>
      {people.map((person) => (
        <LinkCard key={person.id} to={`/people/${encodeURIComponent(person.id)}`} testId={`person-card-${person.id}`}>
          <Flex vertical gap={2} style={{ minWidth: 0 }}>
            <Flex align="center" gap={8}>
              <Typography.Text strong style={{ fontSize: 19 }}>
                {person.name}
              </Typography.Text>
              <PersonKindTag kind={person.kind} />
            </Flex>
            <Typography.Text type="secondary" ellipsis>
              {[person.jurisdictionName, person.title].filter(Boolean).join(' · ')}
            </Typography.Text>
            {person.phone ? (
              <Typography.Text style={{ fontFamily: 'monospace' }} data-testid={`person-card-phone-${person.id}`}>
                <PhoneOutlined /> {person.phone}
              </Typography.Text>
            ) : null}
          </Flex>
        </LinkCard>
      ))}
    </Flex>
  );
}
