import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithRouter } from '../test-support/render';
import { Button, ButtonAnchor, ButtonLink, buttonClass, IconButton } from './button';

describe('Button', () => {
  it('is a plain button unless told to submit, so it never submits a form by accident', () => {
    const submit = vi.fn((event: Event) => event.preventDefault());
    render(
      <form onSubmit={(event) => submit(event.nativeEvent)}>
        <Button>Batal</Button>
        <Button type="submit" variant="primary">
          Simpan
        </Button>
      </form>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Batal' }));
    expect(submit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(submit).toHaveBeenCalledTimes(1);
  });

  it('writes variant and size as the class list the stylesheet knows', () => {
    expect(buttonClass({})).toBe('button button-secondary');
    expect(buttonClass({ variant: 'primary', size: 'small' })).toBe('button button-primary button-small');
    expect(buttonClass({ variant: 'primary', block: true })).toBe('button button-primary button-block');
    expect(buttonClass({ variant: 'danger', size: 'small', className: 'extra' })).toBe(
      'button button-danger button-small extra',
    );
    // A link-styled action is not a boxed button at any size.
    expect(buttonClass({ variant: 'link', size: 'small' })).toBe('link-button');
  });

  it('passes the handler, disabled state and test id through', () => {
    const onClick = vi.fn();
    render(
      <Button variant="primary" size="small" data-testid="go" disabled onClick={onClick}>
        Kirim
      </Button>,
    );
    const button = screen.getByTestId('go');
    expect(button.className).toBe('button button-primary button-small');
    expect(button).toHaveProperty('disabled', true);
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('makes a router link and a download anchor look like buttons', async () => {
    const { router } = renderWithRouter(
      <>
        <ButtonLink to="/skj" variant="outline" size="small">
          Buka SKJ
        </ButtonLink>
        <ButtonAnchor href="/api/file.pdf" download variant="outline">
          Unduh PDF
        </ButtonAnchor>
      </>,
      { routes: [{ path: '/skj', element: <p>Halaman SKJ</p> }] },
    );
    const link = screen.getByRole('link', { name: 'Buka SKJ' });
    expect(link.className).toBe('button button-outline button-small');
    const anchor = screen.getByRole('link', { name: 'Unduh PDF' });
    expect(anchor.getAttribute('href')).toBe('/api/file.pdf');
    expect(anchor.hasAttribute('download')).toBe(true);
    fireEvent.click(link);
    expect(router.state.location.pathname).toBe('/skj');
    expect(await screen.findByText('Halaman SKJ')).toBeTruthy();
  });

  it('names an icon button by its label, not by its symbol', () => {
    render(<IconButton label="Hapus indikator 2">×</IconButton>);
    expect(screen.getByRole('button', { name: 'Hapus indikator 2' }).textContent).toBe('×');
  });
});
