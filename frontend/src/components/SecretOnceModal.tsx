import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Flex, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (plain http, or permission refused): the old way.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

/**
 * A secret the server shows exactly once (a partner client's secret, a webhook's signing secret):
 * displayed with a copy button and a warning that it cannot be shown again.
 */
export function SecretOnceModal({
  open,
  title,
  secret,
  details,
  onClose,
}: {
  open: boolean;
  title: ReactNode;
  secret: string | null;
  /** what the secret belongs to (client id, URL...) */
  details?: { label: ReactNode; value: ReactNode }[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  useEffect(() => setCopied(false), [secret]);

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      maskClosable={false}
      keyboard={false}
      destroyOnHidden
      width={640}
      footer={
        <Button type="primary" onClick={onClose} data-testid="secret-done">
          {t('secret.done')}
        </Button>
      }
    >
      <Alert type="warning" showIcon message={t('secret.warningTitle')} description={t('secret.warning')} style={{ marginBottom: 16 }} />
      {details?.length ? (
        <Descriptions
          size="small"
          column={1}
          bordered
          style={{ marginBottom: 16 }}
          items={details.map((item, index) => ({ key: String(index), label: item.label, children: item.value }))}
        />
      ) : null}
      <Typography.Text type="secondary">{t('secret.label')}</Typography.Text>
      <Flex gap={8} align="center" style={{ marginTop: 4 }}>
        <Typography.Text code data-testid="secret-value" style={{ flex: 1, wordBreak: 'break-all', fontSize: 14, padding: '4px 0' }}>
          {secret}
        </Typography.Text>
        <Button
          icon={copied ? <CheckOutlined /> : <CopyOutlined />}
          onClick={() => void (secret ? copyText(secret).then(setCopied) : undefined)}
          data-testid="secret-copy"
        >
          {copied ? t('secret.copied') : t('secret.copy')}
        </Button>
      </Flex>
    </Modal>
  );
}
