import { useState } from 'react';
import { Alert, Card, Descriptions, Flex, Grid, Switch, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { ImportPreview } from '../../../contract/imports.contract';
import { formatDate } from '../../components/date-format.util';
import { UNIT_KIND_LABELS } from '../units/unit-kind.labels';
import { ChangeList } from './change-list.component';
import { ImportProjectList } from './import-project-list.component';
import { ImportProjectTable } from './import-project-table.component';
import { PLAN_ACTION_LABELS, summaryText } from './import-labels';

/** What importing the notice would do, shown before anything is written. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { plan } = preview;
  const isPhone = Grid.useBreakpoint().md === false;
  const [onlyChanged, setOnlyChanged] = useState(false);
  const shownProjects = onlyChanged ? preview.projects.filter((project) => project.action !== 'unchanged') : preview.projects;
  const planAction = PLAN_ACTION_LABELS[plan.action];
  const newUnits = preview.units.filter((unit) => unit.action === 'create');

  const planItems: DescriptionsProps['items'] = [
    { key: 'title', label: '标题', children: plan.title },
    { key: 'doc', label: '文号', children: plan.docNumber ?? '（无）' },
    { key: 'issuer', label: '发文单位', children: plan.issuer ?? '（无）' },
    { key: 'year', label: '年度', children: plan.year ? `${plan.year}年` : '（未识别）' },
    { key: 'date', label: '成文日期', children: plan.issueDate ? formatDate(plan.issueDate) : '（无）' },
  ];

  return (
    <Flex vertical gap={16}>
      <Alert type="info" showIcon title={`预览：${preview.fileName}`} description={summaryText(preview.summary)} />
      {preview.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`请核对以下 ${preview.warnings.length} 处提示`}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {preview.warnings.map((warning, index) => (
                <li key={index}>
                  {warning.line !== null && `第 ${warning.line} 行：`}
                  {warning.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Card
        size="small"
        title={
          <span>
            清单 <Tag color={planAction.color}>{planAction.text}</Tag>
          </span>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }} items={planItems} />
        {plan.changes.length > 0 && (
          <>
            <Typography.Title level={5}>变更的字段</Typography.Title>
            <ChangeList changes={plan.changes} />
          </>
        )}
      </Card>
      <Card
        size="small"
        title={`项目（${preview.projects.length}）`}
        extra={
          <Flex align="center" gap={6}>
            <Switch size="small" checked={onlyChanged} onChange={setOnlyChanged} aria-label="只看有变化的项目" />
            <span>只看有变化</span>
          </Flex>
        }
        styles={{ body: { padding: 0 } }}
      >
        {isPhone ? <ImportProjectList projects={shownProjects} /> : <ImportProjectTable projects={shownProjects} />}
      </Card>
      <Card size="small" title={`将新建的单位（${newUnits.length}）`}>
        {newUnits.length === 0 ? (
          <Typography.Text type="secondary">所有单位均已存在</Typography.Text>
        ) : (
          <Flex wrap gap={6}>
            {newUnits.map((unit) => (
              <Tag key={unit.name} color="green" style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
                {unit.name}
                <span style={{ opacity: 0.65 }}>（{UNIT_KIND_LABELS[unit.kind]}）</span>
              </Tag>
            ))}
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
