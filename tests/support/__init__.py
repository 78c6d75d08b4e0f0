"""Test infrastructure shared by the suites (registered as plugins in tests/conftest.py).

- `fault_server`: `FaultServer` and the `fault_server` fixture (a real-socket HTTP server that
  misbehaves on cue); `faults`: its behaviour constructors; `payloads`: Telnyx-shaped bodies.
- `prism`: the session-scoped `prism` fixture (Prism mock of build/spec/messaging.json) and
  `assert_no_violations` / `violation_hook` / `async_violation_hook`.
"""
