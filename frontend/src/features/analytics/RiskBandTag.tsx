import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttritionRiskBand } from '@/graphql/generated/graphql';

const COLORS: Record<AttritionRiskBand, string> = { LOW: 'green', MEDIUM: 'orange', HIGH: 'red' };

export function RiskBandTag({ band }: { band: AttritionRiskBand }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[band]} data-testid="risk-band" data-band={band}>
      {t(`analytics.band.${band}`)}
    </Tag>
  );
}
