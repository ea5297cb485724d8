import { Flex, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { UnitRef, UnitRole } from '../../contract/units.contract';

interface UnitTagsProps {
  units: UnitRef[];
  role: UnitRole;
  /** when given, clicking a tag filters by the unit; otherwise the tag links to the unit page */
  onSelect?: (unit: UnitRef) => void;
  /** highlights the unit the list is filtered by */
  activeUnitId?: number | null;
}

/** 主办单位 / 协办单位 as tags, in the notice's order. */
export function UnitTags({ units, role, onSelect, activeUnitId }: UnitTagsProps) {
  const shown = units.filter((unit) => unit.role === role);
  if (shown.length === 0) return <span style={{ color: '#999' }}>—</span>;
  return (
    <Flex wrap gap={4}>
      {shown.map((unit) => {
        const color = unit.id === activeUnitId ? 'processing' : role === 'lead' ? 'blue' : undefined;
        if (onSelect) {
          return (
            <Tag
              key={unit.id}
              color={color}
              style={{ cursor: 'pointer', marginInlineEnd: 0, whiteSpace: 'normal' }}
              title={`只看${unit.name}的项目`}
              onClick={() => onSelect(unit)}
            >
              {unit.name}
            </Tag>
          );
        }
        return (
          <Link key={unit.id} to={`/units/${unit.id}`}>
            <Tag color={color} style={{ cursor: 'pointer', marginInlineEnd: 0, whiteSpace: 'normal' }}>
              {unit.name}
            </Tag>
          </Link>
        );
      })}
    </Flex>
  );
}
