import { useState } from 'react';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMe } from '../auth/use-session.query';

/** Server paths of a project's 民生码 (public, answered only while its plan is published). */
const codePaths = (projectId: number) => ({
  page: `/public/projects/${projectId}`,
  png: `/public/projects/${projectId}/qr.png`,
  svg: `/public/projects/${projectId}/qr.svg`,
  board: `/public/projects/${projectId}/board`,
});

/**
 * 民生码 for the 督查室: a preview of the project's QR code, the PNG and SVG files for print shops and the A4 site
 * board (民生实事公示牌) to print. The code exists only while the plan is published on the public portal.
 */
export function MinshengCodeCard({ projectId, projectName }: { projectId: number; projectName: string }) {
  const me = useMe();
  const [unavailable, setUnavailable] = useState(false);
  const role = me.data?.role;
  if (role !== 'supervisor' && role !== 'admin') return null;
  const paths = codePaths(projectId);
  const fileName = `民生码-${projectName}`;

  return (
    <Card title="民生码" size="small" style={{ marginBottom: 16 }} data-testid="minsheng-code-card">
      {unavailable ? (
        <Alert type="info" showIcon title="清单公开发布后，才能生成本项目的民生码和公示牌。" />
      ) : (
        <Flex gap={16} align="center" wrap>
          <img
            src={paths.svg}
            alt={`${projectName}的民生码，扫码打开项目公开页`}
            width={128}
            height={128}
            onError={() => setUnavailable(true)}
            style={{ border: '1px solid #f0f0f0', flex: 'none' }}
          />
          <Flex vertical gap={4} align="start">
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              群众扫码即可查进度、评满意、提建议。
            </Typography.Text>
            <Button type="link" size="small" icon={<DownloadOutlined />} href={paths.png} download={`${fileName}.png`} style={{ paddingInline: 0 }}>
              下载 PNG 图片
            </Button>
            <Button type="link" size="small" icon={<DownloadOutlined />} href={paths.svg} download={`${fileName}.svg`} style={{ paddingInline: 0 }}>
              下载 SVG 矢量图
            </Button>
            <Button type="link" size="small" icon={<PrinterOutlined />} href={paths.board} target="_blank" rel="noopener" style={{ paddingInline: 0 }}>
              打印 A4 公示牌
            </Button>
            <Typography.Link href={paths.page} target="_blank" rel="noopener" style={{ fontSize: 13 }}>
              查看项目公开页
            </Typography.Link>
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
