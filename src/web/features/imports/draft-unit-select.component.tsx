import { memo, useMemo } from 'react';
import { Select, Tag } from 'antd';
import type { SelectProps } from 'antd';
import type { UnitDirectory } from './use-unit-directory.hook';
import { cleanUnitNames } from './use-unit-directory.hook';

interface DraftUnitSelectProps {
  value: string[];
  onChange: (units: string[]) => void;
  directory: UnitDirectory;
  /** 主办 tags are blue, as everywhere else in the app */
  isLead: boolean;
  ariaLabel: string;
}

/** A unit the directory does not know yet: the import will create it. */
export function NewUnitMark() {
  return <span className="ms-new-unit">新单位</span>;
}

/** Units as tags: pick from the directory or type a new name; "区财政局、区教育局" splits at 、 or ，. */
export const DraftUnitSelect = memo(function DraftUnitSelect({ value, onChange, directory, isLead, ariaLabel }: DraftUnitSelectProps) {
  const options = useMemo(() => directory.names.map((name) => ({ value: name, label: name })), [directory.names]);

  const tagRender: SelectProps['tagRender'] = ({ value: unit, closable, onClose }) => {
    const name = String(unit);
    const isKnown = directory.isKnown(name);
    return (
      <Tag
        color={isKnown ? (isLead ? 'blue' : undefined) : 'green'}
        closable={closable}
        onClose={onClose}
        onMouseDown={(event) => event.stopPropagation()}
        style={{ marginInlineEnd: 4, marginBlock: 2, whiteSpace: 'normal' }}
      >
        {name}
        {!isKnown && !directory.isLoading && <NewUnitMark />}
      </Tag>
    );
  };

  return (
    <Select
      mode="tags"
      aria-label={ariaLabel}
      value={value}
      options={options}
      tokenSeparators={['、', '，', ',', '；', ';']}
      tagRender={tagRender}
      onChange={(units: string[]) => onChange(cleanUnitNames(units))}
      placeholder={isLead ? '选择或输入主办单位' : '选择或输入协办单位'}
      notFoundContent={null}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'min(360px, 90vw)' } } }}
    />
  );
});
