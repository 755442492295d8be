import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';

/** Switches between the monthly summaries and the leave records. */
export function AttendanceNav() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <Segmented
      value={location.pathname.startsWith('/attendance/leave') ? '/attendance/leave' : '/attendance'}
      onChange={(path) => navigate(path)}
      options={[
        { value: '/attendance', label: t('attendance.months.title') },
        { value: '/attendance/leave', label: t('attendance.leave.title') },
      ]}
      data-testid="attendance-nav"
      style={{ marginBottom: 16 }}
    />
  );
}
