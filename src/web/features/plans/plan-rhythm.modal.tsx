import { Alert, App, Col, DatePicker, Form, InputNumber, Modal, Row, Select, TimePicker, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { errorMessage, hasErrorCode } from '../../api/http-client';
import { WEEKDAY_LABELS } from './plan-rhythm.util';
import { useUpdatePlanRhythm } from './use-plans.query';
import type { PlanDetail } from '../../../contract/plans.contract';

interface RhythmFormValues {
  dueWeekday: number;
  dueTime: Dayjs;
  missingWeekday: number;
  missingTime: Dayjs;
  dueDay: number;
  monthlyDueTime: Dayjs;
  endDate: Dayjs | null;
}

const toTime = (text: string) =>
  dayjs()
    .hour(Number(text.slice(0, 2)))
    .minute(Number(text.slice(3, 5)))
    .second(0);
const weekdayOptions = (prefix: string) => WEEKDAY_LABELS.map((label, i) => ({ value: i + 1, label: `${prefix}${label}` }));
const timeRule = [{ required: true, message: '请选择时刻' }];
const timeProps = { format: 'HH:mm', needConfirm: false, showNow: false, inputReadOnly: true, allowClear: false, style: { width: '100%' } } as const;

/** 报送时限: the 督查室 sets when the plan's weekly updates and monthly reports are due. */
export function PlanRhythmModal({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const [form] = Form.useForm<RhythmFormValues>();
  const save = useUpdatePlanRhythm(plan.id);
  const { message } = App.useApp();
  const { weekly, monthly } = plan.rhythm;

  const submit = (values: RhythmFormValues) => {
    const input = {
      weekly: {
        dueWeekday: values.dueWeekday,
        dueTime: values.dueTime.format('HH:mm'),
        missingWeekday: values.missingWeekday,
        missingTime: values.missingTime.format('HH:mm'),
      },
      monthly: { dueDay: values.dueDay, dueTime: values.monthlyDueTime.format('HH:mm') },
      endDate: values.endDate ? values.endDate.format('YYYY-MM-DD') : null,
      version: plan.version,
    };
    save.mutate(input, {
      onSuccess: () => {
        void message.success('报送时限已保存');
        onClose();
      },
      onError: (error) => {
        if (!hasErrorCode(error, 'VERSION_CONFLICT')) return;
        void message.warning(`${errorMessage(error)}（已重新加载最新内容）`);
        onClose();
      },
    });
  };

  return (
    <Modal title="报送时限" open okText="保存" confirmLoading={save.isPending} onOk={() => form.submit()} onCancel={onClose} width={560}>
      {save.isError && !hasErrorCode(save.error, 'VERSION_CONFLICT') && (
        <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<RhythmFormValues>
        name="plan-rhythm"
        form={form}
        layout="vertical"
        initialValues={{
          dueWeekday: weekly.dueWeekday,
          dueTime: toTime(weekly.dueTime),
          missingWeekday: weekly.missingWeekday,
          missingTime: toTime(weekly.missingTime),
          dueDay: monthly.dueDay,
          monthlyDueTime: toTime(monthly.dueTime),
          endDate: plan.rhythm.endDate ? dayjs(plan.rhythm.endDate) : null,
        }}
        onFinish={submit}
      >
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          周台账
        </Typography.Title>
        <Row gutter={12}>
          <Col xs={12}>
            <Form.Item label="截止日（所报周）" name="dueWeekday" rules={[{ required: true }]}>
              <Select options={weekdayOptions('每')} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item label="截止时刻" name="dueTime" rules={timeRule} extra="之后提交计为逾期">
              <TimePicker {...timeProps} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item label="缺报判定日" name="missingWeekday" rules={[{ required: true }]}>
              <Select options={weekdayOptions('下')} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item label="缺报判定时刻" name="missingTime" rules={timeRule} extra="此时仍未提交计为缺报">
              <TimePicker {...timeProps} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>月报</Typography.Title>
        <Row gutter={12}>
          <Col xs={12}>
            <Form.Item label="截止日（每月）" name="dueDay" rules={[{ required: true, message: '请输入 1—31 日' }]} extra="无此日的月份按月末">
              <InputNumber min={1} max={31} precision={0} suffix="日" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item label="截止时刻" name="monthlyDueTime" rules={timeRule}>
              <TimePicker {...timeProps} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>台账截止</Typography.Title>
        <Form.Item
          label="台账截止日（可选）"
          name="endDate"
          extra={`留空表示到${plan.year}年12月31日。此日之后不再要求报送、不再提醒，清单各页面按此日期展示。`}
        >
          <DatePicker
            style={{ width: '100%' }}
            inputReadOnly
            placeholder={`${plan.year}-12-31`}
            disabledDate={(d) => d.year() !== plan.year}
            defaultPickerValue={dayjs(`${plan.year}-12-01`)}
          />
        </Form.Item>
        <Typography.Text type="secondary">截止日遇节假日或周末时顺延至下一个工作日（按工作日历）。</Typography.Text>
      </Form>
    </Modal>
  );
}
