import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAlertFeed } from './AlertFeed';

/** The header bell: how many alerts nobody acknowledged yet, kept current by the live feed. */
export function AlertBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { enabled, unacknowledged } = useAlertFeed();
  if (!enabled) return null;
  const count = unacknowledged ?? 0;
  const label = t('alerts.bell', { count });
  return (
    <Tooltip title={label}>
      <span data-testid="alert-bell" data-count={unacknowledged ?? ''}>
        <Badge count={count} overflowCount={99} size="small" offset={[-6, 6]}>
          <Button type="text" aria-label={label} icon={<BellOutlined style={{ fontSize: 18 }} />} onClick={() => navigate('/alerts')} style={{ width: 40, height: 40 }} />
        </Badge>
      </span>
    </Tooltip>
  );
}
