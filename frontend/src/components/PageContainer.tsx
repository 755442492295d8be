import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The title band every console page starts with (Ant Design Pro's PageContainer, minus the weight). */
export function PageContainer({
  title,
  subTitle,
  extra,
  children,
  testId,
}: {
  title: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div className="page-container" data-testid={testId}>
      <Flex className="page-container-header" justify="space-between" align="flex-end" wrap gap={12}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {subTitle ? <Typography.Text type="secondary">{subTitle}</Typography.Text> : null}
        </div>
        {extra ? <div>{extra}</div> : null}
      </Flex>
      <div className="page-container-body">{children}</div>
    </div>
  );
}
