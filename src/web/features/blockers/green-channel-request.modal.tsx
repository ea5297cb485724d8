import { Alert, App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { errorMessage } from '../../api/http-client';
import { useProject } from '../projects/use-project.query';
import { useRequestGreenChannel } from './use-blocker-actions.mutation';

interface Values {
  coUnitId: number;
  text: string;
  dueDays: number;
}

interface Props {
  blockerId: number;
  projectId: number;
  open: boolean;
  onClose: () => void;
}

/** 申请绿色通道: pick one of the project's co-units, say what it should do, and by how many working days. */
export function GreenChannelRequestModal({ blockerId, projectId, open, onClose }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const project = useProject(open ? projectId : 0);
  const request = useRequestGreenChannel(blockerId);
  const coUnits = (project.data?.units ?? []).filter((u) => u.role === 'co').map((u) => ({ value: u.id, label: u.name }));

  const submit = (values: Values) =>
    request.mutate(
      { coUnitId: values.coUnitId, text: values.text.trim(), dueDays: values.dueDays },
      {
        onSuccess: (sent) => {
          void message.success(`已向${sent.coUnitName ?? '协办单位'}申请绿色通道`);
          onClose();
        },
      },
    );

  return (
    <Modal
      title="申请绿色通道"
      open={open}
      okText="发送"
      cancelText="取消"
      confirmLoading={request.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(visible) => visible && request.reset()}
      destroyOnHidden
    >
      {request.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(request.error)} />}
      {project.isError && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorMessage(project.error)} />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ dueDays: 3 }} preserve={false}>
        <Form.Item name="coUnitId" label="协办单位" rules={[{ required: true, message: '请选择协办单位' }]}>
          <Select options={coUnits} loading={project.isPending} placeholder="从本项目的协办单位中选择" showSearch optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="text" label="请求事项" rules={[{ required: true, whitespace: true, message: '请填写需要协办单位办理的事项' }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} placeholder="如：请协助办理3处充电桩用地预审手续" />
        </Form.Item>
        <Form.Item name="dueDays" label="答复时限（工作日）" rules={[{ required: true, message: '请填写答复时限' }]} extra="节假日和调休按工作日历计算">
          <InputNumber min={1} max={30} precision={0} style={{ width: 120 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
