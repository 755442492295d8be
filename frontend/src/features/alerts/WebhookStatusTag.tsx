import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/app/i18n';
import { formatDateTime } from '@/app/i18n/format';
import type { WebhookDeliveryStatus } from '@/graphql/generated/graphql';

/** Active, active but failing, disabled by the server after repeated failures, or paused by someone. */
export function WebhookStatusTag({
  webhook,
}: {
  webhook: { isActive: boolean; consecutiveFailures: number; disabledAt?: string | null };
}) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const failures = webhook.consecutiveFailures;
  if (webhook.isActive) {
    return (
      <span data-testid="webhook-status" data-status="active">
        <Tag color="green">{t('webhooks.status.active')}</Tag>
        {failures > 0 ? <Tag color="orange">{t('webhooks.failures', { count: failures })}</Tag> : null}
      </span>
    );
  }
  if (webhook.disabledAt) {
    return (
      <Tooltip title={t('webhooks.disabledAt', { at: formatDateTime(webhook.disabledAt, language) })}>
        <span data-testid="webhook-status" data-status="disabled">
          <Tag color="red">{t('webhooks.status.disabled')}</Tag>
          {failures > 0 ? <Tag color="red">{t('webhooks.failures', { count: failures })}</Tag> : null}
        </span>
      </Tooltip>
    );
  }
  return (
    <span data-testid="webhook-status" data-status="paused">
      <Tag>{t('webhooks.status.paused')}</Tag>
    </span>
  );
}

const DELIVERY_COLORS: Record<WebhookDeliveryStatus, string> = {
  PENDING: 'default',
  SENDING: 'processing',
  SUCCEEDED: 'success',
  FAILED: 'error',
};

export function WebhookDeliveryStatusTag({ status }: { status: WebhookDeliveryStatus }) {
  const { t } = useTranslation();
  return <Tag color={DELIVERY_COLORS[status]}>{t(`enums.deliveryStatus.${status}`)}</Tag>;
}
