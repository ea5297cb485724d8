import { Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import dayjs from 'dayjs';
import type { NoticeDraftPlan } from '../../../contract/imports.contract';
import type { DraftAction } from './notice-draft.types';

interface DraftPlanFieldsProps {
  plan: NoticeDraftPlan;
  dispatch: (action: DraftAction) => void;
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text);

/** The notice header as read (标题, 文号, 年度, 发文单位, 成文日期), editable; 年度 is required. */
export function DraftPlanFields({ plan, dispatch }: DraftPlanFieldsProps) {
  const set = (patch: Partial<NoticeDraftPlan>) => dispatch({ type: 'plan', patch });
  const isYearMissing = plan.year === null;
  return (
    <Form layout="vertical" component="div" requiredMark>
      <Row gutter={[16, 0]}>
        <Col xs={24} lg={12}>
          <Form.Item label="标题" htmlFor="draft-title" style={{ marginBottom: 12 }}>
            <Input.TextArea
              id="draft-title"
              value={plan.title}
              autoSize={{ minRows: 1, maxRows: 3 }}
              placeholder="如 关于印发2025年重点民生实事的通知"
              onChange={(event) => set({ title: event.target.value })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label="文号" htmlFor="draft-doc" style={{ marginBottom: 12 }}>
            <Input
              id="draft-doc"
              value={plan.docNumber ?? ''}
              placeholder="如 济开管发〔2025〕1号"
              onChange={(event) => set({ docNumber: orNull(event.target.value) })}
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={12} lg={6}>
          <Form.Item
            label="年度"
            htmlFor="draft-year"
            required
            validateStatus={isYearMissing ? 'error' : undefined}
            help={isYearMissing ? '通知中没有识别出年度，请填写（如 2025）后再预览' : undefined}
            style={{ marginBottom: 12 }}
          >
            <InputNumber<number>
              id="draft-year"
              value={plan.year}
              min={2000}
              max={2100}
              precision={0}
              placeholder="如 2025"
              style={{ width: '100%' }}
              onChange={(value) => set({ year: value })}
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={12} lg={6}>
          <Form.Item label="成文日期" htmlFor="draft-date" style={{ marginBottom: 12 }}>
            <DatePicker
              id="draft-date"
              value={plan.issueDate ? dayjs(plan.issueDate) : null}
              format="YYYY年M月D日"
              style={{ width: '100%' }}
              onChange={(date) => set({ issueDate: date ? date.format('YYYY-MM-DD') : null })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={12}>
          <Form.Item label="发文单位" htmlFor="draft-issuer" style={{ marginBottom: 12 }}>
            <Input id="draft-issuer" value={plan.issuer ?? ''} onChange={(event) => set({ issuer: orNull(event.target.value) })} />
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
