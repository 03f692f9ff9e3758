import { createController } from '@remote-ui/react/host';
import type { ComponentType } from 'react';
import { hostComponents, unsupportedComponents } from './components';

/**
 * A component the page cannot draw: shown, not dropped, so a missing mapping is seen at once
 * (and the end-to-end tests fail on any `[data-unmapped-component]`).
 */
function placeholderFor(name: string): ComponentType {
  const reason = unsupportedComponents[name] ?? 'the sandbox has no HTML component for it';
  return function Unmapped() {
    return (
      <div className="hs-unmapped" data-unmapped-component={name} role="note">
        {name} is not drawn by the sandbox: {reason}.
      </div>
    );
  };
}

/** The RemoteRenderer controller: every HubSpot component name to an HTML component. */
export function createHostController(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  components: Record<string, ComponentType<any>> = hostComponents,
): ReturnType<typeof createController> {
  const base = createController(components);
  const placeholders = new Map<string, ComponentType>();
  return {
    renderer: base.renderer,
    get(type) {
      const name = String(type);
      const known = components[name];
      if (known) return known;
      if (!placeholders.has(name)) placeholders.set(name, placeholderFor(name));
      return placeholders.get(name) as ComponentType;
    },
  };
}
