import { Button, Card, DatePicker, Form, Input, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';

interface Option {
  value: number;
  label: string;
}

interface Props {
  unitOptions: Option[];
  /** projects chosen under 研究项目; an item may only link to one of them */
  projectOptions: Option[];
}

/**
 * 交办事项 rows (Form.List). Owner and deadline are checked by the server, whose message names the row
 * ("第 2 项交办事项…缺少责任单位") and is also pinned to the row's field.
 */
export function ActionItemFields({ unitOptions, projectOptions }: Props) {
  return (
    <Form.List name="actionItems">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              title={`交办事项 ${index + 1}`}
              style={{ marginBottom: 12 }}
              extra={
                <Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={`删除交办事项 ${index + 1}`} />
              }
            >
              <Form.Item name={[field.name, 'title']} label="事项">
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
              </Form.Item>
              <Form.Item name={[field.name, 'ownerUnitId']} label="责任单位">
                <Select showSearch optionFilterProp="label" options={unitOptions} placeholder="选择责任单位" allowClear />
              </Form.Item>
              <Form.Item name={[field.name, 'deadline']} label="办结时限">
                <DatePicker style={{ width: '100%' }} inputReadOnly />
              </Form.Item>
              <Form.Item name={[field.name, 'projectId']} label="关联项目" style={{ marginBottom: 0 }}>
                <Select options={projectOptions} placeholder="可选，须为本次研究的项目" allowClear />
              </Form.Item>
            </Card>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})}>
            添加交办事项
          </Button>
        </>
      )}
    </Form.List>
  );
}
