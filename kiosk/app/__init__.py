"""The Qt composition root: builds the window, wires screens to the flow, devices and services."""
