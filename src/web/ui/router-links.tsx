import { Anchor, Button, type AnchorProps, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import { forwardRef, type AnchorHTMLAttributes } from 'react';

// Mantine's polymorphic `component={Link}` loses the route typing of params and search;
// createLink keeps it (TanStack Router's documented way to wrap a design system's anchor).

type AnchorElementProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'>;

const MantineAnchor = forwardRef<HTMLAnchorElement, AnchorProps & AnchorElementProps>((props, ref) => (
  <Anchor ref={ref} {...props} />
));
MantineAnchor.displayName = 'MantineAnchor';

const MantineButtonAnchor = forwardRef<HTMLAnchorElement, ButtonProps & AnchorElementProps>((props, ref) => (
  <Button component="a" ref={ref} {...props} />
));
MantineButtonAnchor.displayName = 'MantineButtonAnchor';

/** A Mantine Anchor that navigates with the router, typed against the route tree. */
export const AnchorLink = createLink(MantineAnchor);

/** A Mantine Button rendered as a router link. */
export const ButtonLink = createLink(MantineButtonAnchor);
