import { useState } from 'react';
import { App, Alert, Button, Card, Descriptions, Form, Input, Modal } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import type { ProjectDetail } from '../../../contract/projects.contract';
import { errorMessage, hasErrorCode } from '../../api/http-client';
import { useProject, useUpdateLiaison } from './use-project.query';

interface LiaisonForm {
  liaisonName: string;
  liaisonPhone: string;
}

const PHONE_PATTERN = /^[0-9+\-\s()（）转]{5,30}$/;

/** 项目联络人: who the supervision office calls about this project; editable by the lead unit and the office (`permissions.canEdit`). */
export function LiaisonCard({ project }: { project: ProjectDetail }) {
  const { message, modal } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<LiaisonForm>();
  const update = useUpdateLiaison(project.id);
  const { refetch } = useProject(project.id);

  const startEdit = () => {
    update.reset();
    form.setFieldsValue({ liaisonName: project.liaisonName ?? '', liaisonPhone: project.liaisonPhone ?? '' });
    setOpen(true);
  };

  const save = (values: LiaisonForm) => {
    update.mutate(
      {
        liaisonName: values.liaisonName.trim() || null,
        liaisonPhone: values.liaisonPhone.trim() || null,
        version: project.version,
      },
      {
        onSuccess: () => {
          setOpen(false);
          void message.success('项目联络人已保存');
        },
        onError: (error) => {
          if (!hasErrorCode(error, 'VERSION_CONFLICT')) return;
          // Someone else saved first: show their message, close and reload what is now stored.
          setOpen(false);
          void refetch();
          modal.warning({ title: '内容已被他人修改', content: errorMessage(error) });
        },
      },
    );
  };

  return (
    <Card
      title="项目联络人"
      size="small"
      extra={
        project.permissions.canEdit && (
          <Button type="link" icon={<EditOutlined />} onClick={startEdit}>
            编辑
          </Button>
        )
      }
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'name', label: '姓名', children: project.liaisonName || '未填写' },
          {
            key: 'phone',
            label: '电话',
            children: project.liaisonPhone ? <a href={`tel:${project.liaisonPhone}`}>{project.liaisonPhone}</a> : '未填写',
          },
        ]}
      />
      <Modal
        title="编辑项目联络人"
        open={open}
        okText="保存"
        confirmLoading={update.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        forceRender
      >
        {update.isError && !hasErrorCode(update.error, 'VERSION_CONFLICT') && (
          <Alert type="error" showIcon title={errorMessage(update.error)} style={{ marginBottom: 16 }} />
        )}
        <Form<LiaisonForm> name="liaison" form={form} layout="vertical" onFinish={save}>
          <Form.Item label="联络人姓名" name="liaisonName" rules={[{ max: 50, message: '姓名不超过50个字' }]}>
            <Input placeholder="如：张三" autoComplete="off" />
          </Form.Item>
          <Form.Item label="联系电话" name="liaisonPhone" rules={[{ pattern: PHONE_PATTERN, message: '请输入有效的电话号码' }]}>
            <Input placeholder="手机或座机号码" inputMode="tel" autoComplete="off" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
