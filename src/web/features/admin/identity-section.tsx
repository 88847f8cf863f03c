import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../shared/use-api';
import { Alert, Button, Card, ErrorAlert, Field, LoadState } from '../../ui';
import {
  type AgencyIdentity,
  type AgencyIdentityInput,
  agencyLogoUrl,
  getAgencyIdentity,
  updateAgencyIdentity,
  uploadAgencyLogo,
} from './identity-api';

type LineField = 'officialName' | 'letterheadUnit' | 'phone' | 'website' | 'email' | 'place' | 'province';
const lineFields: readonly LineField[] = [
  'officialName',
  'letterheadUnit',
  'place',
  'province',
  'phone',
  'website',
  'email',
];
type SignerKey = 'head' | 'staffingOfficial';
const signerKeys: readonly SignerKey[] = ['head', 'staffingOfficial'];

const blank = (value: string) => (value.trim() === '' ? null : value.trim());

function toForm(identity: AgencyIdentity): AgencyIdentityInput {
  const { officialName, letterheadUnit, address, phone, website, email, place, province } = identity;
  return {
    officialName,
    letterheadUnit,
    address,
    phone,
    website,
    email,
    place,
    province,
    head: { ...identity.head },
    staffingOfficial: { ...identity.staffingOfficial },
  };
}

/**
 * "Identitas instansi": what the official documents print — the letterhead (official name, unit,
 * address, contacts, logo), the place of ratification, the head of the agency and the staffing
 * official (PPK) with NIP. Editable when the server's `permissions.updateIdentity` says so.
 */
export function IdentitySection({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation();
  const loaded = useApi(`agency-identity:${agencyId}`, () => getAgencyIdentity(agencyId));
  const [identity, setIdentity] = useState<AgencyIdentity | null>(null);
  const [form, setForm] = useState<AgencyIdentityInput | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [logoError, setLogoError] = useState<unknown>(null);
  const [logoBusy, setLogoBusy] = useState(false);

  useEffect(() => {
    if (!loaded.data) return;
    setIdentity(loaded.data.identity);
    setForm(toForm(loaded.data.identity));
  }, [loaded.data]);

  if (!identity || !form) {
    return <LoadState loading={loaded.loading} error={loaded.error} onRetry={loaded.reload} />;
  }
  const editable = identity.permissions.updateIdentity;

  const setLine = (key: LineField | 'address', value: string) =>
    setForm((current) => (current ? { ...current, [key]: value } : current));
  const setSigner = (who: SignerKey, key: 'title' | 'name' | 'nip', value: string) =>
    setForm((current) => (current ? { ...current, [who]: { ...current[who], [key]: value } } : current));

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!form) return;
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const signer = (s: AgencyIdentityInput['head']) => ({
        title: blank(s.title ?? ''),
        name: blank(s.name ?? ''),
        nip: blank(s.nip ?? ''),
      });
      const body: AgencyIdentityInput = {
        officialName: blank(form.officialName ?? ''),
        letterheadUnit: blank(form.letterheadUnit ?? ''),
        address: blank(form.address ?? ''),
        phone: blank(form.phone ?? ''),
        website: blank(form.website ?? ''),
        email: blank(form.email ?? ''),
        place: blank(form.place ?? ''),
        province: blank(form.province ?? ''),
        head: signer(form.head),
        staffingOfficial: signer(form.staffingOfficial),
      };
      const result = await updateAgencyIdentity(agencyId, body);
      setIdentity(result.identity);
      setForm(toForm(result.identity));
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function upload(file: File | undefined) {
    if (!file) return;
    setLogoBusy(true);
    setLogoError(null);
    try {
      const result = await uploadAgencyLogo(agencyId, file);
      setIdentity(result.identity);
    } catch (err) {
      setLogoError(err);
    } finally {
      setLogoBusy(false);
    }
  }

  return (
    <div className="grid-main-aside">
      <Card
        as="form"
        className="form"
        title={t('identity.title')}
        titleId="identity-title"
        onSubmit={(event) => void save(event)}
        data-testid="identity-form"
      >
        <p className="muted">{t('identity.intro')}</p>
        <fieldset className="field" disabled={!editable}>
          <legend className="field-label">{t('identity.letterhead')}</legend>
          <div className="form-grid">
            {lineFields.map((key) => (
              <Field key={key} label={t(`identity.fields.${key}`)} optional>
                <input
                  name={key}
                  value={form[key] ?? ''}
                  onChange={(event) => setLine(key, event.target.value)}
                  data-testid={`identity-${key}`}
                />
              </Field>
            ))}
            <Field label={t('identity.fields.address')} optional className="span-2">
              <textarea
                name="address"
                rows={2}
                value={form.address ?? ''}
                onChange={(event) => setLine('address', event.target.value)}
                data-testid="identity-address"
              />
            </Field>
          </div>
        </fieldset>
        {signerKeys.map((who) => (
          <fieldset key={who} className="field" disabled={!editable}>
            <legend className="field-label">{t(`identity.signers.${who}`)}</legend>
            <div className="form-grid">
              <Field label={t('identity.signer.title')} optional>
                <input
                  name={`${who}.title`}
                  value={form[who].title ?? ''}
                  onChange={(event) => setSigner(who, 'title', event.target.value)}
                  data-testid={`identity-${who}-title`}
                />
              </Field>
              <Field label={t('identity.signer.name')} optional>
                <input
                  name={`${who}.name`}
                  value={form[who].name ?? ''}
                  onChange={(event) => setSigner(who, 'name', event.target.value)}
                  data-testid={`identity-${who}-name`}
                />
              </Field>
              <Field label={t('identity.signer.nip')} optional>
                <input
                  name={`${who}.nip`}
                  inputMode="numeric"
                  value={form[who].nip ?? ''}
                  onChange={(event) => setSigner(who, 'nip', event.target.value)}
                  data-testid={`identity-${who}-nip`}
                />
              </Field>
            </div>
          </fieldset>
        ))}
        <ErrorAlert error={error} />
        {saved && (
          <Alert tone="success" role="status" data-testid="identity-saved">
            {t('identity.saved')}
          </Alert>
        )}
        {editable && (
          <Button variant="primary" type="submit" disabled={busy} data-testid="identity-save">
            {busy ? t('common.saving') : t('identity.save')}
          </Button>
        )}
      </Card>
      <Card title={t('identity.logo.title')} titleId="identity-logo-title" data-testid="identity-logo">
        {identity.logo ? (
          <figure className="identity-logo">
            <img
              key={identity.updatedAt ?? 'logo'}
              src={agencyLogoUrl(agencyId)}
              alt={t('identity.logo.alt', { name: identity.officialName ?? identity.name })}
              data-testid="identity-logo-preview"
            />
            <figcaption className="muted small">
              {t('identity.logo.size', {
                width: identity.logo.width,
                height: identity.logo.height,
                kib: Math.max(1, Math.round(identity.logo.bytes / 1024)),
              })}
            </figcaption>
          </figure>
        ) : (
          <p className="muted">{t('identity.logo.none')}</p>
        )}
        {editable && (
          <Field label={t('identity.logo.upload')}>
            <input
              type="file"
              name="file"
              accept="image/png,image/svg+xml"
              disabled={logoBusy}
              onChange={(event) => void upload(event.target.files?.[0])}
              data-testid="identity-logo-file"
            />
          </Field>
        )}
        <p className="muted small">{t('identity.logo.hint')}</p>
        <ErrorAlert error={logoError} />
      </Card>
    </div>
  );
}
