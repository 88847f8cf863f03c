import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithRouter } from '../test-support/render';
import { Tab, TabLink, TabList, TabNav } from './tabs';

function Switcher() {
  const [current, setCurrent] = useState('team');
  return (
    <TabList label="Bagian kegiatan">
      {['team', 'sop'].map((name) => (
        <Tab key={name} selected={current === name} onClick={() => setCurrent(name)}>
          {name}
        </Tab>
      ))}
    </TabList>
  );
}

describe('Tabs', () => {
  it('marks the selected tab of a tablist and moves the mark on click', () => {
    render(<Switcher />);
    expect(screen.getByRole('tablist', { name: 'Bagian kegiatan' })).toBeTruthy();
    const [team, sop] = screen.getAllByRole('tab');
    expect(team?.getAttribute('aria-selected')).toBe('true');
    expect(team?.className).toBe('tab active');
    fireEvent.click(sop as HTMLElement);
    expect(sop?.getAttribute('aria-selected')).toBe('true');
    expect(team?.getAttribute('aria-selected')).toBe('false');
    expect(team?.className).toBe('tab');
  });

  it('underlines the link of the current address in a tab nav', () => {
    renderWithRouter(
      <TabNav label="Talenta">
        <TabLink to="/pegawai" end>
          Pegawai
        </TabLink>
        <TabLink to="/talenta">Talenta</TabLink>
      </TabNav>,
      { path: '/pegawai' },
    );
    expect(screen.getByRole('navigation', { name: 'Talenta' }).className).toBe('tabs');
    expect(screen.getByRole('link', { name: 'Pegawai' }).className).toBe('tab active');
    expect(screen.getByRole('link', { name: 'Talenta' }).className).toBe('tab');
  });
});
