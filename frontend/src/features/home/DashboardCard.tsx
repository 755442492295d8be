import { RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export type DashboardCardState = 'loading' | 'error' | 'empty' | 'ready';

/**
 * One dashboard card: a title with a link to the full page, and a skeleton while loading, the
 * error with a retry, an empty state that says what to do, or its content.
 * `data-state` tells tests which of these is showing.
 */
export function DashboardCard({
  cardKey,
  title,
  icon,
  extra,
  to,
  linkLabel,
  state,
  errorMessage,
  onRetry,
  empty,
  emptyAction,
  skeletonRows = 4,
  children,
}: {
  cardKey: string;
  title: string;
  icon: ReactNode;
  /** shown next to the title (a count) */
  extra?: ReactNode;
  to: string;
  linkLabel: string;
  state: DashboardCardState;
  errorMessage?: string | undefined;
  onRetry?: () => void;
  /** what the empty state says (what to do next) */
  empty: string;
  emptyAction?: ReactNode;
  skeletonRows?: number;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card
      className="home-card"
      data-testid={`home-card-${cardKey}`}
      data-state={state}
      style={{ height: '100%' }}
      styles={{ body: { paddingTop: 12 } }}
      title={
        <Flex gap={8} align="center" style={{ minWidth: 0 }}>
          <span style={{ color: '#1677ff', flex: 'none' }}>{icon}</span>
          <Typography.Text strong ellipsis>
            {title}
          </Typography.Text>
          {extra}
        </Flex>
      }
      extra={
        <Link to={to} data-testid={`home-card-${cardKey}-link`}>
          {linkLabel} <RightOutlined style={{ fontSize: 10 }} />
        </Link>
      }
    >
      {state === 'loading' ? (
        <Skeleton active title={false} paragraph={{ rows: skeletonRows }} data-testid={`home-card-${cardKey}-loading`} />
      ) : state === 'error' ? (
        <Alert
          type="error"
          showIcon
          message={t('home.dashboard.loadFailed')}
          description={errorMessage}
          action={
            onRetry ? (
              <Button size="small" onClick={onRetry}>
                {t('common.retry')}
              </Button>
            ) : null
          }
        />
      ) : state === 'empty' ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} data-testid={`home-card-${cardKey}-empty`}>
          {emptyAction}
        </Empty>
      ) : (
        children
      )}
    </Card>
  );
}

/** The card state of one query's result. */
export function cardState(loading: boolean, hasData: boolean, error: { message: string } | undefined, isEmpty: boolean): DashboardCardState {
  if (!hasData) return loading ? 'loading' : error ? 'error' : 'empty';
  return isEmpty ? 'empty' : 'ready';
}
