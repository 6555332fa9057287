/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.journeystudio.viewpoint.CellStyle;
import org.journeystudio.viewpoint.ConditionalCellStyle;
import org.journeystudio.viewpoint.DirectEditTool;
import org.journeystudio.viewpoint.FeatureColumnMapping;
import org.journeystudio.viewpoint.ViewpointPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Feature Column Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.impl.FeatureColumnMappingImpl#getFeatureName <em>Feature Name</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.FeatureColumnMappingImpl#getLabelExpression <em>Label Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.FeatureColumnMappingImpl#getCanEdit <em>Can Edit</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.FeatureColumnMappingImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.FeatureColumnMappingImpl#getCellEditor <em>Cell Editor</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.FeatureColumnMappingImpl#getStyle <em>Style</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.impl.FeatureColumnMappingImpl#getConditionalStyles <em>Conditional Styles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FeatureColumnMappingImpl extends IdentifiedElementImpl implements FeatureColumnMapping {
	/**
	 * The default value of the '{@link #getFeatureName() <em>Feature Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureName()
	 * @generated
	 * @ordered
	 */
	protected static final String FEATURE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFeatureName() <em>Feature Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureName()
	 * @generated
	 * @ordered
	 */
	protected String featureName = FEATURE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelExpression() <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelExpression() <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected String labelExpression = LABEL_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCanEdit() <em>Can Edit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCanEdit()
	 * @generated
	 * @ordered
	 */
	protected static final String CAN_EDIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCanEdit() <em>Can Edit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCanEdit()
	 * @generated
	 * @ordered
	 */
	protected String canEdit = CAN_EDIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 120;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected int width = WIDTH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCellEditor() <em>Cell Editor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCellEditor()
	 * @generated
	 * @ordered
	 */
	protected DirectEditTool cellEditor;

	/**
	 * The cached value of the '{@link #getStyle() <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected CellStyle style;

	/**
	 * The cached value of the '{@link #getConditionalStyles() <em>Conditional Styles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionalStyles()
	 * @generated
	 * @ordered
	 */
	protected EList<ConditionalCellStyle> conditionalStyles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FeatureColumnMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewpointPackage.Literals.FEATURE_COLUMN_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFeatureName() {
		return featureName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeatureName(String newFeatureName) {
		String oldFeatureName = featureName;
		featureName = newFeatureName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.FEATURE_COLUMN_MAPPING__FEATURE_NAME, oldFeatureName, featureName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelExpression() {
		return labelExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelExpression(String newLabelExpression) {
		String oldLabelExpression = labelExpression;
		labelExpression = newLabelExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.FEATURE_COLUMN_MAPPING__LABEL_EXPRESSION, oldLabelExpression, labelExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCanEdit() {
		return canEdit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCanEdit(String newCanEdit) {
		String oldCanEdit = canEdit;
		canEdit = newCanEdit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.FEATURE_COLUMN_MAPPING__CAN_EDIT, oldCanEdit, canEdit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(int newWidth) {
		int oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.FEATURE_COLUMN_MAPPING__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DirectEditTool getCellEditor() {
		return cellEditor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCellEditor(DirectEditTool newCellEditor, NotificationChain msgs) {
		DirectEditTool oldCellEditor = cellEditor;
		cellEditor = newCellEditor;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ViewpointPackage.FEATURE_COLUMN_MAPPING__CELL_EDITOR, oldCellEditor, newCellEditor);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCellEditor(DirectEditTool newCellEditor) {
		if (newCellEditor != cellEditor) {
			NotificationChain msgs = null;
			if (cellEditor != null)
				msgs = ((InternalEObject)cellEditor).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ViewpointPackage.FEATURE_COLUMN_MAPPING__CELL_EDITOR, null, msgs);
			if (newCellEditor != null)
				msgs = ((InternalEObject)newCellEditor).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ViewpointPackage.FEATURE_COLUMN_MAPPING__CELL_EDITOR, null, msgs);
			msgs = basicSetCellEditor(newCellEditor, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.FEATURE_COLUMN_MAPPING__CELL_EDITOR, newCellEditor, newCellEditor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CellStyle getStyle() {
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStyle(CellStyle newStyle, NotificationChain msgs) {
		CellStyle oldStyle = style;
		style = newStyle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ViewpointPackage.FEATURE_COLUMN_MAPPING__STYLE, oldStyle, newStyle);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStyle(CellStyle newStyle) {
		if (newStyle != style) {
			NotificationChain msgs = null;
			if (style != null)
				msgs = ((InternalEObject)style).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ViewpointPackage.FEATURE_COLUMN_MAPPING__STYLE, null, msgs);
			if (newStyle != null)
				msgs = ((InternalEObject)newStyle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ViewpointPackage.FEATURE_COLUMN_MAPPING__STYLE, null, msgs);
			msgs = basicSetStyle(newStyle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewpointPackage.FEATURE_COLUMN_MAPPING__STYLE, newStyle, newStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConditionalCellStyle> getConditionalStyles() {
		if (conditionalStyles == null) {
			conditionalStyles = new EObjectContainmentEList<ConditionalCellStyle>(ConditionalCellStyle.class, this, ViewpointPackage.FEATURE_COLUMN_MAPPING__CONDITIONAL_STYLES);
		}
		return conditionalStyles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__CELL_EDITOR:
				return basicSetCellEditor(null, msgs);
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__STYLE:
				return basicSetStyle(null, msgs);
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__CONDITIONAL_STYLES:
				return ((InternalEList<?>)getConditionalStyles()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__FEATURE_NAME:
				return getFeatureName();
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__LABEL_EXPRESSION:
				return getLabelExpression();
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__CAN_EDIT:
				return getCanEdit();
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__WIDTH:
				return getWidth();
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__CELL_EDITOR:
				return getCellEditor();
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__STYLE:
				return getStyle();
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__CONDITIONAL_STYLES:
				return getConditionalStyles();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__FEATURE_NAME:
				setFeatureName((String)newValue);
				return;
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__LABEL_EXPRESSION:
				setLabelExpression((String)newValue);
				return;
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__CAN_EDIT:
				setCanEdit((String)newValue);
				return;
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__WIDTH:
				setWidth((Integer)newValue);
				return;
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__CELL_EDITOR:
				setCellEditor((DirectEditTool)newValue);
				return;
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__STYLE:
				setStyle((CellStyle)newValue);
				return;
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				getConditionalStyles().addAll((Collection<? extends ConditionalCellStyle>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__FEATURE_NAME:
				setFeatureName(FEATURE_NAME_EDEFAULT);
				return;
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__LABEL_EXPRESSION:
				setLabelExpression(LABEL_EXPRESSION_EDEFAULT);
				return;
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__CAN_EDIT:
				setCanEdit(CAN_EDIT_EDEFAULT);
				return;
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__CELL_EDITOR:
				setCellEditor((DirectEditTool)null);
				return;
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__STYLE:
				setStyle((CellStyle)null);
				return;
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__FEATURE_NAME:
				return FEATURE_NAME_EDEFAULT == null ? featureName != null : !FEATURE_NAME_EDEFAULT.equals(featureName);
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__LABEL_EXPRESSION:
				return LABEL_EXPRESSION_EDEFAULT == null ? labelExpression != null : !LABEL_EXPRESSION_EDEFAULT.equals(labelExpression);
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__CAN_EDIT:
				return CAN_EDIT_EDEFAULT == null ? canEdit != null : !CAN_EDIT_EDEFAULT.equals(canEdit);
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__WIDTH:
				return width != WIDTH_EDEFAULT;
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__CELL_EDITOR:
				return cellEditor != null;
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__STYLE:
				return style != null;
			case ViewpointPackage.FEATURE_COLUMN_MAPPING__CONDITIONAL_STYLES:
				return conditionalStyles != null && !conditionalStyles.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (featureName: ");
		result.append(featureName);
		result.append(", labelExpression: ");
		result.append(labelExpression);
		result.append(", canEdit: ");
		result.append(canEdit);
		result.append(", width: ");
		result.append(width);
		result.append(')');
		return result.toString();
	}

} //FeatureColumnMappingImpl
