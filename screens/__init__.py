"""Qt views of the claimant kiosk; may import only kiosk view-model/domain types and kiosk.i18n."""
