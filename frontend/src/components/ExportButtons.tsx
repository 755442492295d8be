import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListExportFormat, ListExportRequest } from './listExport';
import { downloadListExport } from './listExport';

/**
 * "Export CSV" / "Export Excel" for what a list shows: its own query with its current filters,
 * sort and search, and the columns it shows under their translated headers. The server runs the
 * query as the viewer, so a field they may not read never reaches the file.
 */
export function ExportButtons({ disabled = false, testId = 'list-export', ...request }: ListExportRequest & { disabled?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<ListExportFormat | null>(null);

  const download = async (format: ListExportFormat) => {
    setBusy(format);
    try {
      const { omitted } = await downloadListExport(request, format);
      if (omitted.length) message.info(t('listExport.omitted', { count: omitted.length }));
    } catch (reason) {
      message.error(t('listExport.failed', { message: reason instanceof Error ? reason.message : String(reason) }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space size={8} data-testid={testId}>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          icon={<DownloadOutlined />}
          loading={busy === format}
          disabled={disabled || (busy !== null && busy !== format)}
          onClick={() => void download(format)}
          data-testid={`${testId}-${format}`}
        >
          {t(format === 'csv' ? 'listExport.csv' : 'listExport.xlsx')}
        </Button>
      ))}
    </Space>
  );
}
