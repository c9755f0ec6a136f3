"""The approver: people decide the tool calls a stage holds for approval (``lockgate worker approver``)."""
